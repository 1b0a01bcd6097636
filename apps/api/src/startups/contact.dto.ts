import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTACT_FIELDS,
  type StartupContact,
  type StartupContactInput,
  type UpdateStartupContactRequest,
} from '@kohorte/contracts';
import { IsBoolean, ValidateIf } from 'class-validator';
import { SchemaField } from '../http/schema-field';

/** Every field but the required ones, each validated by its rule in CONTACT_FIELDS. */
abstract class ContactFieldsDto {
  @SchemaField(CONTACT_FIELDS.role, { example: 'CEO & co-founder' })
  role?: string | null;

  @SchemaField(CONTACT_FIELDS.phone, { example: '+49 341 123456' })
  phone?: string | null;

  @ApiPropertyOptional({ default: true, description: 'founders receive the profile links' })
  @ValidateIf((_object, value) => value !== undefined)
  @IsBoolean()
  isFounder?: boolean;
}

export class CreateContactDto extends ContactFieldsDto implements StartupContactInput {
  @SchemaField(CONTACT_FIELDS.fullName, { example: 'Jana Schneider' })
  fullName!: string;

  @SchemaField(CONTACT_FIELDS.email, { example: 'jana@acme.example' })
  email!: string;
}

/** PATCH: only the fields given change; `null` clears role or phone. */
export class UpdateContactDto extends ContactFieldsDto implements UpdateStartupContactRequest {
  @SchemaField(CONTACT_FIELDS.fullName, { partial: true })
  fullName?: string;

  @SchemaField(CONTACT_FIELDS.email, { partial: true })
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
