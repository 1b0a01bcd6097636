import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COHORT_FIELDS,
  COHORT_STATUSES,
  type CohortInput,
  type CohortStatus,
  type ListCohortsQuery,
  type UpdateCohortRequest,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PagingQueryDto } from '../http/paging.query';
import { SchemaField } from '../http/schema-field';
import { NotNull, trim } from './programme-input.dto';

const statusMessage = { message: `$property must be one of ${COHORT_STATUSES.join(', ')}` };

/** Validated by the cohort's field rules (COHORT_FIELDS), as the web form checks them. */
export class CreateCohortDto implements CohortInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId!: string;

  @SchemaField(COHORT_FIELDS.name, { example: 'Spring 2026' })
  name!: string;

  @SchemaField(COHORT_FIELDS.startsOn, { example: '2026-03-01' })
  startsOn!: string;

  @SchemaField(COHORT_FIELDS.endsOn, { example: '2026-08-31', description: 'not before startsOn' })
  endsOn!: string;

  @ApiPropertyOptional({ enum: COHORT_STATUSES, default: 'planning' })
  @IsOptional()
  @IsIn(COHORT_STATUSES, statusMessage)
  status?: CohortStatus;

  @SchemaField(COHORT_FIELDS.capacity, {
    description: 'startups that can be accepted or active at once; null for no limit',
  })
  capacity?: number | null;
}

/** PATCH: only the fields given change; checked against the stored values. */
export class UpdateCohortDto implements UpdateCohortRequest {
  @SchemaField(COHORT_FIELDS.name, { partial: true })
  name?: string;

  @SchemaField(COHORT_FIELDS.startsOn, { partial: true })
  startsOn?: string;

  @SchemaField(COHORT_FIELDS.endsOn, { partial: true })
  endsOn?: string;

  @ApiPropertyOptional({ enum: COHORT_STATUSES })
  @NotNull()
  @IsIn(COHORT_STATUSES, statusMessage)
  status?: CohortStatus;

  @SchemaField(COHORT_FIELDS.capacity)
  capacity?: number | null;
}

export class ListCohortsQueryDto extends PagingQueryDto implements ListCohortsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ enum: COHORT_STATUSES })
  @IsOptional()
  @IsIn(COHORT_STATUSES, statusMessage)
  status?: CohortStatus;

  @ApiPropertyOptional({
    maxLength: 200,
    description: "words searched in the cohort's and the programme's name",
  })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
