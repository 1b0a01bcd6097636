import { ApiProperty } from '@nestjs/swagger';
import {
  type UnmappedRegion,
  type Vocabularies,
  VOCABULARY_KINDS,
  type VocabularyKind,
  type VocabularyTerm,
} from '@kohorte/contracts';

/** Response shapes, for the OpenAPI document only. */
export class VocabularyTermDto implements VocabularyTerm {
  @ApiProperty({ enum: VOCABULARY_KINDS })
  kind!: VocabularyKind;
  @ApiProperty({ example: 'fintech' })
  key!: string;
  @ApiProperty({ example: 'FinTech' })
  labelDe!: string;
  @ApiProperty({ example: 'Fintech' })
  labelEn!: string;
  @ApiProperty()
  position!: number;
  @ApiProperty({ type: String, nullable: true, example: 'germany', description: 'regions only' })
  parent!: string | null;
}

export class VocabulariesDto implements Vocabularies {
  @ApiProperty({ type: [VocabularyTermDto] })
  sectors!: VocabularyTermDto[];
  @ApiProperty({ type: [VocabularyTermDto] })
  topics!: VocabularyTermDto[];
  @ApiProperty({ type: [VocabularyTermDto] })
  stages!: VocabularyTermDto[];
  @ApiProperty({ type: [VocabularyTermDto] })
  languages!: VocabularyTermDto[];
  @ApiProperty({ type: [VocabularyTermDto], description: 'a tree through `parent`' })
  regions!: VocabularyTermDto[];
}

export class UnmappedRegionDto implements UnmappedRegion {
  @ApiProperty({ example: 'Ostdeutschland' })
  text!: string;
  @ApiProperty({ description: 'investors naming it' })
  investors!: number;
}

export class MappedRegionDto {
  @ApiProperty({ description: 'investors changed' })
  investors!: number;
}
