import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateMentorRequest,
  MAX_TAGS,
  MENTOR_CAPACITY_MAX,
  MENTOR_STATUSES,
  type MentorStatus,
  type UpdateMentorRequest,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  IsIsoDay,
  KeyList,
  NotBefore,
  NotNull,
  Nullable,
  TagList,
  trim,
  trimToNull,
} from './record-fields';
import { MultiLine } from '../http/multi-line';

/** Digits with the usual separators: "+49 341 123456-7", "(0341) 12 34 56". */
const PHONE_PATTERN = /^\+?[0-9 ()\-/.]{3,40}$/;

/** Every field but the required ones, shared by create and update. */
abstract class MentorFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40, example: '+49 341 123456' })
  @Transform(trimToNull)
  @Nullable()
  @IsString()
  @MaxLength(40)
  @Matches(PHONE_PATTERN, {
    message: '$property must be a phone number of digits, spaces and + ( ) - / .',
  })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @Transform(trimToNull)
  @Nullable()
  @IsString()
  @MaxLength(200)
  company?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, description: 'role' })
  @Transform(trimToNull)
  @Nullable()
  @IsString()
  @MaxLength(200)
  jobTitle?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @Transform(trimToNull)
  @Nullable()
  @IsString()
  @MaxLength(5000)
  @MultiLine()
  bio?: string | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    description: 'keys of the topics vocabulary: what the mentor can help with',
  })
  @KeyList('topic')
  expertise?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    description: 'keys of the sectors vocabulary',
  })
  @KeyList('sector')
  sectors?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    description: 'keys of the stages vocabulary',
  })
  @KeyList('stage')
  stages?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    description: 'keys of the languages vocabulary',
  })
  @KeyList('language')
  languages?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120, example: 'Leipzig' })
  @Transform(trimToNull)
  @Nullable()
  @IsString()
  @MaxLength(120)
  city?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: MENTOR_CAPACITY_MAX,
    default: 2,
    description: 'startups at once',
  })
  @NotNull()
  @IsInt()
  @Min(0)
  @Max(MENTOR_CAPACITY_MAX)
  capacity?: number;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2026-01-01' })
  @Transform(trimToNull)
  @Nullable()
  @IsIsoDay()
  availableFrom?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    example: '2026-12-31',
    description: 'not before availableFrom',
  })
  @Transform(trimToNull)
  @Nullable()
  @IsIsoDay()
  @NotBefore('availableFrom', { message: '$property must not be before availableFrom' })
  availableUntil?: string | null;

  @ApiPropertyOptional({ enum: MENTOR_STATUSES, default: 'active' })
  @NotNull()
  @IsIn(MENTOR_STATUSES)
  status?: MentorStatus;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_TAGS,
    description: 'free labels; trimmed, repeated ones (ignoring case) kept once',
  })
  @TagList()
  tags?: string[];
}

export class CreateMentorDto extends MentorFieldsDto implements CreateMentorRequest {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Dr. Ada Berger' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @ApiProperty({ maxLength: 320, example: 'ada.berger@example.org' })
  @Transform(trim)
  @IsString()
  @MaxLength(320)
  @IsEmail({}, { message: '$property must be an email address' })
  email!: string;
}

/** PATCH: only the fields given change; `null` clears a nullable field. */
export class UpdateMentorDto extends MentorFieldsDto implements UpdateMentorRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @NotNull()
  @IsString()
  @Length(1, 200)
  fullName?: string;

  @ApiPropertyOptional({ maxLength: 320 })
  @Transform(trim)
  @NotNull()
  @IsString()
  @MaxLength(320)
  @IsEmail({}, { message: '$property must be an email address' })
  email?: string;
}
