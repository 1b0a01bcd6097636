import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  StartupContact,
  StartupContactInput,
  UpdateStartupContactRequest,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { MAX_EMAIL_LENGTH, trim } from '../auth/dto/fields';

// A field a form clears arrives as an empty string: store it as "not set".
const trimToNull = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};
/** Optional but never `null` (a name or an email cannot be cleared). */
const NotNull = () => ValidateIf((_object, value) => value !== undefined);

/** Every field but the required ones, shared by create and update. */
abstract class ContactFieldsDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 120,
    example: 'CEO & co-founder',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(120)
  role?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40, example: '+49 341 123456' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ default: true, description: 'founders receive the profile links' })
  @NotNull()
  @IsBoolean()
  isFounder?: boolean;
}

export class CreateContactDto extends ContactFieldsDto implements StartupContactInput {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Jana Schneider' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @ApiProperty({ maxLength: MAX_EMAIL_LENGTH, example: 'jana@acme.example' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(MAX_EMAIL_LENGTH)
  email!: string;
}

/** PATCH: only the fields given change; `null` clears role or phone. */
export class UpdateContactDto extends ContactFieldsDto implements UpdateStartupContactRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @NotNull()
  @IsString()
  @Length(1, 200)
  fullName?: string;

  @ApiPropertyOptional({ maxLength: MAX_EMAIL_LENGTH })
  @Transform(trim)
  @NotNull()
  @IsEmail()
  @MaxLength(MAX_EMAIL_LENGTH)
  email?: string;
}

/** Response shape, for the OpenAPI document only. */
export class StartupContactDto implements StartupContact {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ format: 'uuid' })
  startupId!: string;
  @ApiProperty()
  fullName!: string;
  @ApiProperty()
  email!: string;
  @ApiProperty({ type: String, nullable: true })
  role!: string | null;
  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;
  @ApiProperty()
  isFounder!: boolean;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'the mentor with the same email: the same person in a second role',
  })
  mentorId!: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
