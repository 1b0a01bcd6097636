import { ApiProperty } from '@nestjs/swagger';
import {
  type ListSavedViewsQuery,
  SAVED_FILTER_LISTS,
  SAVED_FILTER_MAX_KEYS,
  SAVED_FILTER_NAME_MAX,
  type SavedView,
  type SavedViewInput,
  type SavedViewList,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsObject, IsString, Length } from 'class-validator';
import { trim } from '../auth/dto/fields';

export class ListSavedViewsQueryDto implements ListSavedViewsQuery {
  @ApiProperty({ enum: SAVED_FILTER_LISTS })
  @IsIn(SAVED_FILTER_LISTS)
  list!: SavedViewList;
}

export class CreateSavedViewDto implements SavedViewInput {
  @ApiProperty({ enum: SAVED_FILTER_LISTS })
  @IsIn(SAVED_FILTER_LISTS)
  list!: SavedViewList;

  @ApiProperty({ minLength: 1, maxLength: SAVED_FILTER_NAME_MAX, example: 'Seed fintechs' })
  @Transform(trim)
  @IsString()
  @Length(1, SAVED_FILTER_NAME_MAX)
  name!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: `the list's query parameters as the URL carries them: strings only, at most ${SAVED_FILTER_MAX_KEYS}, no page`,
    example: { stage: 'seed', sector: 'fintech' },
  })
  @IsObject()
  query!: Record<string, string>;
}

/** Response shape, for the OpenAPI document only. */
export class SavedViewDto implements SavedView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ enum: SAVED_FILTER_LISTS })
  list!: SavedViewList;
  @ApiProperty()
  name!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  query!: Record<string, string>;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}
