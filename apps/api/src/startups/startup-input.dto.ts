import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateStartupRequest,
  MAX_TAGS,
  STARTUP_FIELDS,
  type UpdateStartupRequest,
  VOCABULARY_KEY_PATTERN,
} from '@kohorte/contracts';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateIf } from 'class-validator';
import { SchemaField } from '../http/schema-field';

/** Vocabulary keys: lower-case letters and digits, words joined by single dashes. */
export const KEY_PATTERN = VOCABULARY_KEY_PATTERN;
// The service checks each tag and the limit after merging repeats (naming `tags.1`); this only
// bounds what a request may carry.
const MAX_TAGS_SENT = MAX_TAGS * 5;
const MAX_TAG_SENT_LENGTH = 200;

/** Optional but never `null`: a list is emptied with `[]`. */
const NotNull = () => ValidateIf((_object, value) => value !== undefined);

/** Every field but `name`, each validated by its rule in STARTUP_FIELDS; shared by create and update. */
abstract class StartupFieldsDto {
  @SchemaField(STARTUP_FIELDS.oneLiner)
  oneLiner?: string | null;

  @SchemaField(STARTUP_FIELDS.description)
  description?: string | null;

  @SchemaField(STARTUP_FIELDS.website, { example: 'https://example.com' })
  website?: string | null;

  @SchemaField(STARTUP_FIELDS.foundedOn, { example: '2024-03-01' })
  foundedOn?: string | null;

  @SchemaField(STARTUP_FIELDS.stage, { example: 'seed' })
  stage?: string | null;

  @SchemaField(STARTUP_FIELDS.sectors)
  sectors?: string[];

  @SchemaField(STARTUP_FIELDS.teamSize)
  teamSize?: number | null;

  @SchemaField(STARTUP_FIELDS.city, { example: 'Leipzig' })
  city?: string | null;

  @SchemaField(STARTUP_FIELDS.fundingRaisedEur)
  fundingRaisedEur?: number | null;

  @SchemaField(STARTUP_FIELDS.fundingSoughtEur)
  fundingSoughtEur?: number | null;

  @SchemaField(STARTUP_FIELDS.languages)
  languages?: string[];

  @SchemaField(STARTUP_FIELDS.topics, { description: 'what the startup needs help with' })
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
  @SchemaField(STARTUP_FIELDS.name, { example: 'Acme Robotics' })
  name!: string;
}

/** PATCH: only the fields given change; `null` clears a nullable field. */
export class UpdateStartupDto extends StartupFieldsDto implements UpdateStartupRequest {
  @SchemaField(STARTUP_FIELDS.name, { partial: true })
  name?: string;
}
