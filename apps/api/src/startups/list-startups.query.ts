import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ListStartupsQuery,
  type SortOrder,
  STARTUP_SORT_FIELDS,
  STARTUP_STATUSES,
  type StartupSortField,
  type StartupStatus,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { KEY_PATTERN } from './startup-input.dto';
import { CursorPagingQueryDto } from '../http/cursor-paging.query';

const SORT_ORDERS: SortOrder[] = ['asc', 'desc'];

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class ListStartupsQueryDto extends CursorPagingQueryDto implements ListStartupsQuery {
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

  @ApiPropertyOptional({
    maxLength: 40,
    description: 'startups carrying this tag (exact spelling)',
  })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @Length(1, 40)
  tag?: string;

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
}
