import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateMentorRequest,
  MAX_TAGS,
  MENTOR_FIELDS,
  MENTOR_STATUSES,
  type MentorStatus,
  type UpdateMentorRequest,
} from '@kohorte/contracts';
import { IsIn } from 'class-validator';
import { NotBefore } from '../http/not-before';
import { NotNull, TagList } from './record-fields';
import { SchemaField } from '../http/schema-field';

/** Every field but the required ones, shared by create and update. */
abstract class MentorFieldsDto {
  @SchemaField(MENTOR_FIELDS.phone)
  phone?: string | null;

  @SchemaField(MENTOR_FIELDS.company)
  company?: string | null;

  @SchemaField(MENTOR_FIELDS.jobTitle)
  jobTitle?: string | null;

  @SchemaField(MENTOR_FIELDS.bio)
  bio?: string | null;

  @SchemaField(MENTOR_FIELDS.expertise, { description: 'what the mentor can help with' })
  expertise?: string[];

  @SchemaField(MENTOR_FIELDS.sectors)
  sectors?: string[];

  @SchemaField(MENTOR_FIELDS.stages)
  stages?: string[];

  @SchemaField(MENTOR_FIELDS.languages)
  languages?: string[];

  @SchemaField(MENTOR_FIELDS.city)
  city?: string | null;

  @SchemaField(MENTOR_FIELDS.capacity, { default: 2, description: 'startups at once' })
  capacity?: number;

  @SchemaField(MENTOR_FIELDS.availableFrom)
  availableFrom?: string | null;

  @SchemaField(MENTOR_FIELDS.availableUntil, { description: 'not before availableFrom' })
  @NotBefore('availableFrom', { code: 'untilBeforeFrom', param: 'from' })
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
  @SchemaField(MENTOR_FIELDS.fullName, { example: 'Dr. Ada Berger' })
  fullName!: string;

  @SchemaField(MENTOR_FIELDS.email, { example: 'ada.berger@example.org' })
  email!: string;
}

/** PATCH: only the fields given change; `null` clears a nullable field. */
export class UpdateMentorDto extends MentorFieldsDto implements UpdateMentorRequest {
  @SchemaField(MENTOR_FIELDS.fullName, { partial: true })
  fullName?: string;

  @SchemaField(MENTOR_FIELDS.email, { partial: true })
  email?: string;
}
