import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateStartupRequest, MAX_TAGS, type UpdateStartupRequest } from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import { MultiLine } from '../http/multi-line';

/** Vocabulary keys: lower-case letters and digits, words joined by single dashes. */
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_KEY_LENGTH = 64;
const MAX_TERMS = 20;
const MAX_AMOUNT_EUR = 1_000_000_000_000;
const MAX_TEAM_SIZE = 100_000;
// The service checks each tag and the limit after merging repeats (naming `tags.1`); this only
// bounds what a request may carry.
const MAX_TAGS_SENT = MAX_TAGS * 5;
const MAX_TAG_SENT_LENGTH = 200;

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
// A field a form clears arrives as an empty string: store it as "not set".
const trimToNull = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** `null` is allowed (it clears the field); only a missing field skips validation in a PATCH. */
const Nullable = () => IsOptional();
/** Optional but never `null`: a list is emptied with `[]`, a name cannot be cleared. */
const NotNull = () => ValidateIf((_object, value) => value !== undefined);

function todayInLatestTimeZone(): string {
  // The date that is "today" somewhere on earth (UTC+14), so that nobody's today is in the future.
  return new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10);
}

/** An ISO calendar date `YYYY-MM-DD` that exists and is not after today. */
function IsPastIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPastIsoDate',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
          const date = new Date(`${value}T00:00:00Z`);
          return (
            !Number.isNaN(date.getTime()) &&
            date.toISOString().slice(0, 10) === value &&
            value <= todayInLatestTimeZone()
          );
        },
        defaultMessage: () => '$property must be a date YYYY-MM-DD that is not in the future',
      },
    },
    options,
  );
}

const KeyList = (noun: string): PropertyDecorator => {
  const decorators = [
    NotNull(),
    IsArray(),
    ArrayMaxSize(MAX_TERMS),
    ArrayUnique({ message: `$property must not repeat a ${noun}` }),
    IsString({ each: true }),
    Matches(KEY_PATTERN, {
      each: true,
      message: `each ${noun} in $property must be a key of lower-case letters, digits and dashes`,
    }),
    MaxLength(MAX_KEY_LENGTH, { each: true }),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
};

const Amount = (): PropertyDecorator => {
  const decorators = [Nullable(), IsInt(), Min(0), Max(MAX_AMOUNT_EUR)];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
};

/** Every field but `name`, shared by create and update. */
abstract class StartupFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 280 })
  @Transform(trimToNull)
  @Nullable()
  @IsString()
  @MaxLength(280)
  oneLiner?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @Transform(trimToNull)
  @Nullable()
  @IsString()
  @MaxLength(5000)
  @MultiLine()
  description?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://example.com' })
  @Transform(trimToNull)
  @Nullable()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_host: true },
    {
      message: '$property must be an http:// or https:// URL with a host, e.g. https://example.com',
    },
  )
  @MaxLength(2048)
  website?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2024-03-01' })
  @Transform(trimToNull)
  @Nullable()
  @IsPastIsoDate()
  foundedOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'key of the stages vocabulary',
    example: 'seed',
  })
  @Transform(trimToNull)
  @Nullable()
  @IsString()
  @Matches(KEY_PATTERN, {
    message: '$property must be a key of lower-case letters, digits and dashes',
  })
  @MaxLength(MAX_KEY_LENGTH)
  stage?: string | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_TERMS,
    description: 'keys of the sectors vocabulary',
  })
  @KeyList('sector')
  sectors?: string[];

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, maximum: MAX_TEAM_SIZE })
  @Nullable()
  @IsInt()
  @Min(0)
  @Max(MAX_TEAM_SIZE)
  teamSize?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120, example: 'Leipzig' })
  @Transform(trimToNull)
  @Nullable()
  @IsString()
  @MaxLength(120)
  city?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: MAX_AMOUNT_EUR,
    description: 'EUR',
  })
  @Amount()
  fundingRaisedEur?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: MAX_AMOUNT_EUR,
    description: 'EUR',
  })
  @Amount()
  fundingSoughtEur?: number | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_TERMS,
    description: 'keys of the languages vocabulary',
  })
  @KeyList('language')
  languages?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_TERMS,
    description: 'keys of the topics vocabulary: what the startup needs help with',
  })
  @KeyList('topic')
  topics?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_TAGS,
    description:
      'free labels: 1–40 letters, digits, spaces or - _ . & + / #; trimmed, repeats (ignoring case) dropped',
    example: ['EXIST', 'Batch 2025'],
  })
  @NotNull()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS_SENT)
  @IsString({ each: true })
  @MaxLength(MAX_TAG_SENT_LENGTH, { each: true })
  tags?: string[];
}

export class CreateStartupDto extends StartupFieldsDto implements CreateStartupRequest {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Acme Robotics' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name!: string;
}

/** PATCH: only the fields given change; `null` clears a nullable field. */
export class UpdateStartupDto extends StartupFieldsDto implements UpdateStartupRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @NotNull()
  @IsString()
  @Length(1, 200)
  name?: string;
}
