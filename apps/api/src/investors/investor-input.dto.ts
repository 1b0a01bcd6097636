import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateInvestorRequest,
  INTROS_PER_ROUND_MAX,
  INVESTOR_STATUSES,
  INVESTOR_TYPES,
  type InvestorStatus,
  type InvestorType,
  type Locale,
  LOCALES,
  MAX_TAGS,
  type UpdateInvestorRequest,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import {
  KeyList,
  NotBefore,
  NotNull,
  Nullable,
  TagList,
  trim,
  trimToNull,
} from '../mentors/record-fields';

const MAX_AMOUNT_EUR = 1_000_000_000_000;

const Amount = (): PropertyDecorator => {
  const decorators = [Nullable(), IsInt(), Min(0), Max(MAX_AMOUNT_EUR)];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
};

/** Every field but the required ones, shared by create and update. */
abstract class InvestorFieldsDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 200,
    description: 'the person to write to at a fund',
  })
  @Transform(trimToNull)
  @Nullable()
  @IsString()
  @MaxLength(200)
  contactName?: string | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    description: 'keys of the sectors vocabulary',
  })
  @KeyList('sector')
  sectors?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    description: 'keys of the stages vocabulary',
  })
  @KeyList('stage')
  stages?: string[];

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, description: 'EUR' })
  @Amount()
  ticketMinEur?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    description: 'EUR, not less than ticketMinEur',
  })
  @Amount()
  @NotBefore('ticketMinEur', { message: '$property must not be less than ticketMinEur' })
  ticketMaxEur?: number | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    description: 'keys of the regions vocabulary (`sachsen`, `dach`, `europe`)',
  })
  @KeyList('region')
  regions?: string[];

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: INTROS_PER_ROUND_MAX,
    default: 3,
    description: 'introductions per matching round',
  })
  @NotNull()
  @IsInt()
  @Min(0)
  @Max(INTROS_PER_ROUND_MAX)
  introsPerRound?: number;

  @ApiPropertyOptional({ enum: INVESTOR_STATUSES, default: 'active' })
  @NotNull()
  @IsIn(INVESTOR_STATUSES)
  status?: InvestorStatus;

  @ApiPropertyOptional({
    enum: LOCALES,
    default: 'de',
    description: "the language of the investor's emails and link pages",
  })
  @NotNull()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_TAGS,
    description: 'free labels; trimmed, repeated ones (ignoring case) kept once',
  })
  @TagList()
  tags?: string[];
}

export class CreateInvestorDto extends InvestorFieldsDto implements CreateInvestorRequest {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Leipzig Seed Fonds' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ maxLength: 320, example: 'invest@example.org' })
  @Transform(trim)
  @IsString()
  @MaxLength(320)
  @IsEmail({}, { message: '$property must be an email address' })
  email!: string;

  @ApiProperty({ enum: INVESTOR_TYPES })
  @IsIn(INVESTOR_TYPES)
  type!: InvestorType;
}

/** PATCH: only the fields given change; `null` clears a nullable field. */
export class UpdateInvestorDto extends InvestorFieldsDto implements UpdateInvestorRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @NotNull()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 320 })
  @Transform(trim)
  @NotNull()
  @IsString()
  @MaxLength(320)
  @IsEmail({}, { message: '$property must be an email address' })
  email?: string;

  @ApiPropertyOptional({ enum: INVESTOR_TYPES })
  @NotNull()
  @IsIn(INVESTOR_TYPES)
  type?: InvestorType;
}
