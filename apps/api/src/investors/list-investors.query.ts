import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  INVESTOR_SORT_FIELDS,
  INVESTOR_STATUSES,
  INVESTOR_TYPES,
  type InvestorSortField,
  type InvestorStatus,
  type InvestorType,
  type ListInvestorsQuery,
  MAX_AMOUNT_EUR,
  type SortOrder,
} from '@kohorte/contracts';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CursorPagingQueryDto } from '../http/cursor-paging.query';
import { BooleanParam, KeyParam, trimToUndefined } from '../mentors/record-fields';

const SORT_ORDERS: SortOrder[] = ['asc', 'desc'];

/** The investor list's filters and order; the CSV export takes the same (without paging). */
export class ListInvestorsQueryDto extends CursorPagingQueryDto implements ListInvestorsQuery {
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'words searched in name, contact name, email and tags; all must match',
  })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: INVESTOR_TYPES })
  @IsOptional()
  @IsIn(INVESTOR_TYPES)
  type?: InvestorType;

  @ApiPropertyOptional({ description: 'key of the sectors vocabulary' })
  @KeyParam()
  sector?: string;

  @ApiPropertyOptional({ description: 'key of the stages vocabulary' })
  @KeyParam()
  stage?: string;

  @ApiPropertyOptional({
    description:
      'key of the regions vocabulary; finds investors in that region, in a region it lies in (DACH, Europe) or in one within it',
  })
  @KeyParam()
  region?: string;

  @ApiPropertyOptional({ enum: INVESTOR_STATUSES, description: 'any status when left out' })
  @IsOptional()
  @IsIn(INVESTOR_STATUSES)
  status?: InvestorStatus;

  @ApiPropertyOptional({ maxLength: 40, description: 'a tag, as stored' })
  @Transform(trimToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'EUR: investors whose ticket range includes this amount (open ends include all)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT_EUR)
  ticketEur?: number;

  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'archived investors instead of the current ones',
  })
  @BooleanParam()
  archived?: boolean;

  @ApiPropertyOptional({ enum: INVESTOR_SORT_FIELDS, default: 'name' })
  @IsOptional()
  @IsIn(INVESTOR_SORT_FIELDS)
  sort?: InvestorSortField;

  @ApiPropertyOptional({ enum: SORT_ORDERS, default: 'asc' })
  @IsOptional()
  @IsIn(SORT_ORDERS)
  order?: SortOrder;
}
