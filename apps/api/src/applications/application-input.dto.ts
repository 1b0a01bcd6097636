import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AnswerValue,
  APPLICATION_FIELDS,
  APPLICATION_STATUSES,
  type ApplicationProfile,
  type ApplicationStatus,
  DECISIONS,
  type Decision,
  type DecideApplicationsRequest,
  ELIGIBILITY_STATES,
  type EligibilityState,
  type ListApplicationsQuery,
  LOCALES,
  type Locale,
  type MarkEligibilityRequest,
  MAX_DECISIONS,
  type SaveApplicationRequest,
  type StartApplicationRequest,
  STARTUP_FIELDS,
  type SubmitApplicationRequest,
} from '@kohorte/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { trim } from '../auth/dto/fields';
import { PagingQueryDto } from '../http/paging.query';
import { SchemaField } from '../http/schema-field';

const partial = { partial: true };

export class StartApplicationDto implements StartApplicationRequest {
  @SchemaField(APPLICATION_FIELDS.email, { example: 'jana@example.org' })
  email!: string;

  @ApiProperty({ enum: LOCALES, description: 'the language of the emails and the form' })
  @IsIn(LOCALES)
  locale!: Locale;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'leave empty: a field people do not see, filled only by bots',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  homepage?: string;
}

/** The startup profile answers, each by the startup's field rule (a draft may leave any out). */
export class ApplicationProfileDto implements ApplicationProfile {
  @SchemaField(STARTUP_FIELDS.name, partial)
  name?: string;
  @SchemaField(STARTUP_FIELDS.oneLiner)
  oneLiner?: string | null;
  @SchemaField(STARTUP_FIELDS.description)
  description?: string | null;
  @SchemaField(STARTUP_FIELDS.website)
  website?: string | null;
  @SchemaField(STARTUP_FIELDS.foundedOn)
  foundedOn?: string | null;
  @SchemaField(STARTUP_FIELDS.stage)
  stage?: string | null;
  @SchemaField(STARTUP_FIELDS.sectors)
  sectors?: string[];
  @SchemaField(STARTUP_FIELDS.teamSize)
  teamSize?: number | null;
  @SchemaField(STARTUP_FIELDS.city)
  city?: string | null;
  @SchemaField(STARTUP_FIELDS.fundingRaisedEur)
  fundingRaisedEur?: number | null;
  @SchemaField(STARTUP_FIELDS.fundingSoughtEur)
  fundingSoughtEur?: number | null;
  @SchemaField(STARTUP_FIELDS.languages)
  languages?: string[];
  @SchemaField(STARTUP_FIELDS.topics)
  topics?: string[];
}

export class SaveApplicationDto implements SaveApplicationRequest {
  @SchemaField(APPLICATION_FIELDS.founderName)
  founderName?: string | null;

  @ApiPropertyOptional({ type: ApplicationProfileDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApplicationProfileDto)
  profile?: ApplicationProfileDto;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: "answers by question key, checked against the call's questions",
  })
  @IsOptional()
  @IsObject()
  answers?: Record<string, AnswerValue>;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class SubmitApplicationDto implements SubmitApplicationRequest {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'the consent text version agreed to' })
  @IsInt()
  @Min(1)
  consentVersion!: number;
}

export class MarkEligibilityDto implements MarkEligibilityRequest {
  @ApiProperty()
  @IsBoolean()
  eligible!: boolean;

  @SchemaField(APPLICATION_FIELDS.eligibilityReason, { description: 'required when not eligible' })
  reason?: string | null;
}

export class DecideApplicationsDto implements DecideApplicationsRequest {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: MAX_DECISIONS, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DECISIONS)
  @IsUUID('all', { each: true })
  applicationIds!: string[];

  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS)
  decision!: Decision;
}

export class ListApplicationsQueryDto extends PagingQueryDto implements ListApplicationsQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({ enum: ELIGIBILITY_STATES })
  @IsOptional()
  @IsIn(ELIGIBILITY_STATES)
  eligibility?: EligibilityState;

  @ApiPropertyOptional({ maxLength: 200, description: 'words in the email or the names' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** The export takes the list's filters but no paging. */
export class ExportApplicationsQueryDto implements ListApplicationsQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({ enum: ELIGIBILITY_STATES })
  @IsOptional()
  @IsIn(ELIGIBILITY_STATES)
  eligibility?: EligibilityState;

  @ApiPropertyOptional({ maxLength: 200 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
