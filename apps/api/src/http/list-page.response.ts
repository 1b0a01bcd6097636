import { ApiProperty } from '@nestjs/swagger';

/** The paging fields of a record list's page, for the OpenAPI document only. */
export class ListPageFieldsDto {
  @ApiProperty({ description: 'rows matching the filter; a lower bound when totalExact is false' })
  total!: number;
  @ApiProperty({ description: 'false when more rows match than were counted (more than 10,000)' })
  totalExact!: boolean;
  @ApiProperty()
  page!: number;
  @ApiProperty()
  pageSize!: number;
  @ApiProperty({ type: String, nullable: true, description: 'cursor of the next page' })
  nextCursor!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'cursor of the previous page' })
  previousCursor!: string | null;
}
