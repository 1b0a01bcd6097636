import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ListTagsQuery,
  TAGGED_LISTS,
  type TagCount,
  type TaggedList,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { trim } from '../auth/dto/fields';

export class ListTagsQueryDto implements ListTagsQuery {
  @ApiProperty({ enum: TAGGED_LISTS })
  @IsIn(TAGGED_LISTS)
  list!: TaggedList;

  @ApiPropertyOptional({ maxLength: 40, description: 'case-insensitive prefix' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(40)
  q?: string;
}

export class TagCountDto implements TagCount {
  @ApiProperty({ example: 'EXIST' })
  tag!: string;
  @ApiProperty({ description: 'records of the list that carry it' })
  count!: number;
}
