import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SEARCH_DEFAULT_LIMIT,
  SEARCH_MAX_LENGTH,
  SEARCH_MAX_LIMIT,
  SEARCH_MIN_LENGTH,
  type SearchQuery,
} from '@kohorte/contracts';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class SearchQueryDto implements SearchQuery {
  @ApiProperty({
    minLength: SEARCH_MIN_LENGTH,
    maxLength: SEARCH_MAX_LENGTH,
    description:
      'words searched in names, emails, cities, tags and founders; all must match, in any order',
    example: 'leipzig solar',
  })
  @Transform(trim)
  @IsString()
  @Length(SEARCH_MIN_LENGTH, SEARCH_MAX_LENGTH, {
    message: `$property must be ${SEARCH_MIN_LENGTH} to ${SEARCH_MAX_LENGTH} characters long`,
  })
  q!: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: SEARCH_MAX_LIMIT,
    default: SEARCH_DEFAULT_LIMIT,
    description: 'hits per record type',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SEARCH_MAX_LIMIT)
  limit?: number;
}
