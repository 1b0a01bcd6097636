import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CriterionScore,
  type DeclareConflictRequest,
  type FieldRule,
  type LocalizedText,
  LOCALES,
  type Locale,
  MAX_CRITERIA,
  type MoveInRankingRequest,
  PIN_KINDS,
  type PinKind,
  RECOMMENDATIONS,
  type Recommendation,
  REVIEW_FIELDS,
  REVIEWER_FIELDS,
  REVIEWER_KINDS,
  type ReviewerInput,
  type ReviewerKind,
  RUBRIC_FIELDS,
  RUBRIC_SCALE,
  type RubricCriterion,
  type RubricInput,
  type SaveReviewRequest,
  type SetPinRequest,
} from '@kohorte/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SchemaField } from '../http/schema-field';
import { Nullable } from '../mentors/record-fields';

/** A text in both languages, each checked by the field's rule. */
function localized(rule: FieldRule, name: string) {
  class Localized implements LocalizedText {
    @SchemaField(rule)
    de!: string;

    @SchemaField(rule)
    en!: string;
  }
  Object.defineProperty(Localized, 'name', { value: name });
  return Localized;
}

const CriterionLabel = localized(RUBRIC_FIELDS.label, 'RubricCriterionLabel');
const LevelText = localized(RUBRIC_FIELDS.level, 'RubricLevelText');
const LEVELS = RUBRIC_SCALE.max - RUBRIC_SCALE.min + 1;

export class ReviewerInputDto implements ReviewerInput {
  @ApiProperty({ enum: REVIEWER_KINDS })
  @IsIn(REVIEWER_KINDS)
  kind!: ReviewerKind;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'the staff member (staff)' })
  @Nullable()
  @IsUUID('all')
  userId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'the mentor (mentor)' })
  @Nullable()
  @IsUUID('all')
  mentorId?: string | null;

  @SchemaField(REVIEWER_FIELDS.name, { example: 'Dr. Jana Richter' })
  name!: string;

  @SchemaField(REVIEWER_FIELDS.email, { example: 'jana.richter@example.org' })
  email!: string;

  @ApiProperty({ enum: LOCALES, description: 'the language of the emails and the review page' })
  @IsIn(LOCALES)
  locale!: Locale;

  @SchemaField(REVIEWER_FIELDS.sectors, { default: [] })
  sectors!: string[];

  @SchemaField(REVIEWER_FIELDS.topics, { default: [] })
  topics!: string[];

  @SchemaField(REVIEWER_FIELDS.stages, { default: [] })
  stages!: string[];

  @SchemaField(REVIEWER_FIELDS.maxLoad, { example: 8 })
  maxLoad!: number;
}

export class RubricCriterionDto implements RubricCriterion {
  @SchemaField(RUBRIC_FIELDS.key, { example: 'team' })
  key!: string;

  @ApiProperty({ type: CriterionLabel })
  @ValidateNested()
  @Type(() => CriterionLabel)
  label!: LocalizedText;

  @SchemaField(RUBRIC_FIELDS.weight, { example: 30 })
  weight!: number;

  @ApiProperty({ type: [LevelText], minItems: LEVELS, maxItems: LEVELS })
  @IsArray()
  @ArrayMaxSize(LEVELS)
  @ValidateNested({ each: true })
  @Type(() => LevelText)
  levels!: LocalizedText[];
}

export class RubricInputDto implements RubricInput {
  @ApiProperty({ type: [RubricCriterionDto], maxItems: MAX_CRITERIA })
  @IsArray()
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  criteria!: RubricCriterionDto[];

  @SchemaField(RUBRIC_FIELDS.reviewersPerApplication, { example: 3 })
  reviewersPerApplication!: number;

  @ApiProperty({ format: 'date-time', nullable: true, example: '2027-03-01T18:00:00+01:00' })
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @MaxLength(40)
  reviewDeadline!: string | null;
}

export class SetPinDto implements SetPinRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  applicationId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  reviewerId!: string;

  @ApiProperty({ enum: PIN_KINDS, nullable: true, description: 'null removes the pin' })
  @ValidateIf((_object, value) => value !== null)
  @IsIn(PIN_KINDS)
  kind!: PinKind | null;
}

export class MoveInRankingDto implements MoveInRankingRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  applicationId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  @IsInt()
  @Min(1)
  position!: number;

  @SchemaField(REVIEW_FIELDS.rankingReason, {
    example: 'Strong team; the committee weighs it higher',
  })
  reason!: string;
}

export class SaveReviewDto implements SaveReviewRequest {
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      type: 'object',
      properties: {
        score: {
          type: 'integer',
          minimum: RUBRIC_SCALE.min,
          maximum: RUBRIC_SCALE.max,
          nullable: true,
        },
        comment: { type: 'string', maxLength: REVIEW_FIELDS.comment.maxLength, nullable: true },
      },
    },
    description: "score and comment by criterion key, checked against the call's rubric",
  })
  @IsObject()
  scores!: Record<string, CriterionScore>;

  @ApiProperty({ enum: RECOMMENDATIONS, nullable: true })
  @ValidateIf((_object, value) => value !== null)
  @IsIn(RECOMMENDATIONS)
  recommendation!: Recommendation | null;

  @SchemaField(REVIEW_FIELDS.comment)
  comment!: string | null;

  @ApiProperty({ description: 'submit now; a submitted review no longer changes' })
  @IsBoolean()
  submit!: boolean;
}

export class DeclareConflictDto implements DeclareConflictRequest {
  @ApiProperty()
  @IsBoolean()
  conflict!: boolean;

  @SchemaField(REVIEW_FIELDS.conflictNote)
  note?: string | null;
}
