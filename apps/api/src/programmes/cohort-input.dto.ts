import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COHORT_STATUSES,
  type CohortInput,
  type CohortStatus,
  type ListCohortsQuery,
  type UpdateCohortRequest,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateBy,
} from 'class-validator';
import { PagingQueryDto } from '../http/paging.query';
import { NotNull, trim } from './programme-input.dto';

// The column is a smallint; no cohort takes more startups than this.
const MAX_CAPACITY = 10_000;

/** An ISO calendar date `YYYY-MM-DD` that exists. */
function IsIsoDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isIsoDate',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
      },
      defaultMessage: () => '$property must be a date YYYY-MM-DD',
    },
  });
}

const statusMessage = { message: `$property must be one of ${COHORT_STATUSES.join(', ')}` };

export class CreateCohortDto implements CohortInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId!: string;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Spring 2026' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsIsoDate()
  startsOn!: string;

  @ApiProperty({ format: 'date', example: '2026-08-31', description: 'not before startsOn' })
  @IsIsoDate()
  endsOn!: string;

  @ApiPropertyOptional({ enum: COHORT_STATUSES, default: 'planning' })
  @IsOptional()
  @IsIn(COHORT_STATUSES, statusMessage)
  status?: CohortStatus;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: MAX_CAPACITY,
    description: 'startups that can be accepted or active at once; null for no limit',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CAPACITY)
  capacity?: number | null;
}

/** PATCH: only the fields given change; checked against the stored values. */
export class UpdateCohortDto implements UpdateCohortRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @NotNull()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ format: 'date' })
  @NotNull()
  @IsIsoDate()
  startsOn?: string;

  @ApiPropertyOptional({ format: 'date' })
  @NotNull()
  @IsIsoDate()
  endsOn?: string;

  @ApiPropertyOptional({ enum: COHORT_STATUSES })
  @NotNull()
  @IsIn(COHORT_STATUSES, statusMessage)
  status?: CohortStatus;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, maximum: MAX_CAPACITY })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CAPACITY)
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
