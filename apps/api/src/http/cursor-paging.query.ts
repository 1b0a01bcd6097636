import { ApiPropertyOptional } from '@nestjs/swagger';
import type { CursorQuery } from '@kohorte/contracts';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PagingQueryDto } from './paging.query';

/**
 * `cursor`, `page` and `pageSize` of the record lists. The cursor's content is checked by the
 * service (it knows the list's sort); here only its shape, so nothing odd reaches it.
 */
export class CursorPagingQueryDto extends PagingQueryDto implements CursorQuery {
  @ApiPropertyOptional({
    maxLength: 1200,
    description:
      "a previous answer's `nextCursor` or `previousCursor`; takes precedence over `page`",
  })
  @IsOptional()
  @IsString()
  @MaxLength(1200)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: '$property must be a cursor from a previous page' })
  cursor?: string;
}
