import { ApiProperty } from '@nestjs/swagger';
import {
  SEARCH_TYPES,
  type SearchGroup,
  type SearchHit,
  type SearchResult,
  type SearchType,
} from '@kohorte/contracts';

/** Response shapes, for the OpenAPI document only. */
export class SearchHitDto implements SearchHit {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  title!: string;
  @ApiProperty({ type: String, nullable: true })
  subtitle!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the text that matched when it is not the title (an email, a tag, a founder)',
  })
  matched!: string | null;
  @ApiProperty()
  archived!: boolean;
}

export class SearchGroupDto implements SearchGroup {
  @ApiProperty({ enum: SEARCH_TYPES })
  type!: SearchType;
  @ApiProperty({ type: [SearchHitDto] })
  hits!: SearchHitDto[];
}

export class SearchResultDto implements SearchResult {
  @ApiProperty()
  q!: string;
  @ApiProperty({ type: [SearchGroupDto], description: 'only the types with hits' })
  groups!: SearchGroupDto[];
}
