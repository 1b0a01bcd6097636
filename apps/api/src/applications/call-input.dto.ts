import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CALL_FIELDS,
  CALL_PROFILE_FIELDS,
  type CallInput,
  type CallProfileField,
  type CallQuestion,
  type FieldRule,
  type LocalizedText,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  QUESTION_FIELDS,
  QUESTION_KINDS,
  type QuestionKind,
  type QuestionOption,
} from '@kohorte/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { SchemaField } from '../http/schema-field';
import { Nullable } from '../mentors/record-fields';

/** A text in both languages, each checked by the field's rule (`title.de`, `title.en`). */
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

const TitleText = localized(CALL_FIELDS.title, 'CallTitleText');
const IntroText = localized(CALL_FIELDS.intro, 'CallIntroText');
const ConfirmationText = localized(CALL_FIELDS.confirmation, 'CallConfirmationText');
const ConsentText = localized(CALL_FIELDS.consent, 'CallConsentText');
const QuestionLabel = localized(QUESTION_FIELDS.label, 'QuestionLabel');
const QuestionHelp = localized(QUESTION_FIELDS.help, 'QuestionHelp');
const OptionLabel = localized(QUESTION_FIELDS.optionLabel, 'OptionLabel');

const Nested = (type: () => new () => object, required = true): PropertyDecorator => {
  const decorators = [
    required
      ? ApiProperty({ type: type() })
      : ApiPropertyOptional({ type: type(), nullable: true }),
    ...(required ? [] : [Nullable()]),
    ValidateNested(),
    Type(type),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
};

export class QuestionOptionDto implements QuestionOption {
  @SchemaField(QUESTION_FIELDS.optionKey, { example: 'student' })
  key!: string;

  @Nested(() => OptionLabel)
  label!: LocalizedText;
}

export class CallQuestionDto implements CallQuestion {
  @SchemaField(QUESTION_FIELDS.key, { example: 'team-background' })
  key!: string;

  @ApiProperty({ enum: QUESTION_KINDS })
  @IsIn(QUESTION_KINDS)
  kind!: QuestionKind;

  @Nested(() => QuestionLabel)
  label!: LocalizedText;

  @Nested(() => QuestionHelp, false)
  help?: LocalizedText | null;

  @ApiProperty()
  @IsBoolean()
  required!: boolean;

  @SchemaField(QUESTION_FIELDS.maxLength, { description: 'longest answer of a longText question' })
  maxLength?: number | null;

  @SchemaField(QUESTION_FIELDS.min, { description: 'smallest answer of a number question' })
  min?: number | null;

  @SchemaField(QUESTION_FIELDS.max, { description: 'largest answer of a number question' })
  max?: number | null;

  @ApiPropertyOptional({ type: [QuestionOptionDto], maxItems: MAX_OPTIONS })
  @Nullable()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionDto)
  options?: QuestionOptionDto[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_OPTIONS,
    description: 'answers (option keys, or yes/no) that make the application not eligible',
  })
  @Nullable()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  excludingAnswers?: string[];
}

/** A cohort's call; the cross-field rules (dates, questions) are the contracts' `callErrors`. */
export class PutCallDto implements CallInput {
  @ApiProperty({ format: 'date-time', example: '2027-01-10T09:00:00+01:00' })
  @IsString()
  @MaxLength(40)
  opensAt!: string;

  @ApiProperty({ format: 'date-time', example: '2027-02-10T18:00:00+01:00' })
  @IsString()
  @MaxLength(40)
  closesAt!: string;

  @Nested(() => TitleText)
  title!: LocalizedText;

  @Nested(() => IntroText)
  intro!: LocalizedText;

  @Nested(() => ConfirmationText)
  confirmation!: LocalizedText;

  @Nested(() => ConsentText)
  consent!: LocalizedText;

  @ApiProperty({ enum: CALL_PROFILE_FIELDS, isArray: true })
  @IsArray()
  @ArrayMaxSize(CALL_PROFILE_FIELDS.length)
  @IsIn(CALL_PROFILE_FIELDS, { each: true })
  profileFields!: CallProfileField[];

  @ApiProperty({ type: [CallQuestionDto], maxItems: MAX_QUESTIONS })
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => CallQuestionDto)
  questions!: CallQuestionDto[];

  @SchemaField(CALL_FIELDS.retentionDays, { example: 180 })
  retentionDays!: number;
}
