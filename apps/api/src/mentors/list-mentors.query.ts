import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ListMentorsQuery,
  MENTOR_SORT_FIELDS,
  MENTOR_STATUSES,
  type MentorSortField,
  type MentorStatus,
  type SortOrder,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CursorPagingQueryDto } from '../http/cursor-paging.query';
import { BooleanParam, KeyParam, trimToUndefined } from './record-fields';

const SORT_ORDERS: SortOrder[] = ['asc', 'desc'];

/** The mentor list's filters and order; the CSV export takes the same (without paging). */
export class ListMentorsQueryDto extends CursorPagingQueryDto implements ListMentorsQuery {
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'words searched in name, email, company, city and tags; all must match',
  })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'key of the topics vocabulary: mentors with this expertise' })
  @KeyParam()
  topic?: string;

  @ApiPropertyOptional({ description: 'key of the sectors vocabulary' })
  @KeyParam()
  sector?: string;

  @ApiPropertyOptional({ description: 'key of the stages vocabulary (preferred stages)' })
  @KeyParam()
  stage?: string;

  @ApiPropertyOptional({ description: 'key of the languages vocabulary' })
  @KeyParam()
  language?: string;

  @ApiPropertyOptional({ maxLength: 120, description: 'exact city, ignoring case' })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(120)
  city?: string;

  @ApiPropertyOptional({ enum: MENTOR_STATUSES, description: 'any status when left out' })
  @IsOptional()
  @IsIn(MENTOR_STATUSES)
  status?: MentorStatus;

  @ApiPropertyOptional({ maxLength: 40, description: 'a tag, as stored' })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: only mentors with a free place (load < capacity); false: only full ones',
  })
  @BooleanParam()
  hasCapacity?: boolean;

  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'archived mentors instead of the current ones',
  })
  @BooleanParam()
  archived?: boolean;

  @ApiPropertyOptional({ enum: MENTOR_SORT_FIELDS, default: 'fullName' })
  @IsOptional()
  @IsIn(MENTOR_SORT_FIELDS)
  sort?: MentorSortField;

  @ApiPropertyOptional({ enum: SORT_ORDERS, default: 'asc' })
  @IsOptional()
  @IsIn(SORT_ORDERS)
  order?: SortOrder;
}
