import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  DEFAULT_PAGE_SIZE,
  type ListStartupsQuery,
  MAX_PAGE_SIZE,
  type SortOrder,
  STARTUP_SORT_FIELDS,
  STARTUP_STATUSES,
  type StartupSortField,
  type StartupStatus,
} from '@kohorte/contracts';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { KEY_PATTERN } from './startup-input.dto';

// Offset paging gets slow far out; a person narrows the filter long before page 10,000.
const MAX_PAGE = 10_000;
const SORT_ORDERS: SortOrder[] = ['asc', 'desc'];

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class ListStartupsQueryDto implements ListStartupsQuery {
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'words searched in name, one-liner and description; all must match',
  })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'key of the stages vocabulary' })
  @IsOptional()
  @IsString()
  @Matches(KEY_PATTERN, {
    message: '$property must be a key of lower-case letters, digits and dashes',
  })
  @MaxLength(64)
  stage?: string;

  @ApiPropertyOptional({
    description: 'key of the sectors vocabulary; startups that have it among theirs',
  })
  @IsOptional()
  @IsString()
  @Matches(KEY_PATTERN, {
    message: '$property must be a key of lower-case letters, digits and dashes',
  })
  @MaxLength(64)
  sector?: string;

  @ApiPropertyOptional({ maxLength: 120, description: 'exact city, ignoring case' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(120)
  city?: string;

  @ApiPropertyOptional({ enum: STARTUP_STATUSES, default: 'active' })
  @IsOptional()
  @IsIn(STARTUP_STATUSES)
  status?: StartupStatus;

  @ApiPropertyOptional({ enum: STARTUP_SORT_FIELDS, default: 'name' })
  @IsOptional()
  @IsIn(STARTUP_SORT_FIELDS)
  sort?: StartupSortField;

  @ApiPropertyOptional({ enum: SORT_ORDERS, default: 'asc' })
  @IsOptional()
  @IsIn(SORT_ORDERS)
  order?: SortOrder;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}
