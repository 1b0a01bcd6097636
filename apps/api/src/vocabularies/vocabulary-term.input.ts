import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type MapUnmappedRegionRequest,
  type SaveVocabularyTermRequest,
  VOCABULARY_KINDS,
  type VocabularyKind,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { KeyList, Nullable, trim } from '../mentors/record-fields';
import { KEY_PATTERN } from '../startups/startup-input.dto';

const KEY_MESSAGE = '$property must be a key of lower-case letters, digits and dashes';

/** The path of one term: `/vocabularies/regions/sachsen`. */
export class VocabularyTermParams {
  @ApiProperty({ enum: VOCABULARY_KINDS })
  @IsIn(VOCABULARY_KINDS)
  kind!: VocabularyKind;

  @ApiProperty({ example: 'sachsen', maxLength: 64 })
  @Matches(KEY_PATTERN, { message: KEY_MESSAGE })
  @MaxLength(64)
  key!: string;
}

export class SaveVocabularyTermDto implements SaveVocabularyTermRequest {
  @ApiProperty({ minLength: 1, maxLength: 120, example: 'Sachsen' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  labelDe!: string;

  @ApiProperty({ minLength: 1, maxLength: 120, example: 'Saxony' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  labelEn!: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 32767, description: 'order among its siblings' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(32767)
  position?: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'regions only: the key of the region this one lies in',
  })
  @Nullable()
  @Matches(KEY_PATTERN, { message: KEY_MESSAGE })
  @MaxLength(64)
  parent?: string | null;
}

export class MapUnmappedRegionDto implements MapUnmappedRegionRequest {
  @ApiProperty({ example: 'Ostdeutschland', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  text!: string;

  @ApiProperty({ type: [String], description: 'region keys; empty drops the text' })
  @KeyList('region')
  keys!: string[];
}
