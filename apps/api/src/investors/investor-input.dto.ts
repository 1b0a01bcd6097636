import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateInvestorRequest,
  INVESTOR_FIELDS,
  INVESTOR_STATUSES,
  INVESTOR_TYPES,
  type InvestorStatus,
  type InvestorType,
  type Locale,
  LOCALES,
  MAX_TAGS,
  type UpdateInvestorRequest,
} from '@kohorte/contracts';
import { IsIn } from 'class-validator';
import { SchemaField } from '../http/schema-field';
import { NotBefore } from '../http/not-before';
import { NotNull, TagList } from '../mentors/record-fields';

/** Every field but the required ones, shared by create and update. */
abstract class InvestorFieldsDto {
  @SchemaField(INVESTOR_FIELDS.contactName, { description: 'the person to write to at a fund' })
  contactName?: string | null;

  @SchemaField(INVESTOR_FIELDS.sectors)
  sectors?: string[];

  @SchemaField(INVESTOR_FIELDS.stages)
  stages?: string[];

  @SchemaField(INVESTOR_FIELDS.ticketMinEur)
  ticketMinEur?: number | null;

  @SchemaField(INVESTOR_FIELDS.ticketMaxEur, { description: 'not less than ticketMinEur' })
  @NotBefore('ticketMinEur', { code: 'maxBelowMin', param: 'min' })
  ticketMaxEur?: number | null;

  @SchemaField(INVESTOR_FIELDS.regions, { example: ['sachsen', 'dach'] })
  regions?: string[];

  @SchemaField(INVESTOR_FIELDS.introsPerRound, {
    default: 3,
    description: 'introductions per matching round',
  })
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
  @SchemaField(INVESTOR_FIELDS.name, { example: 'Leipzig Seed Fonds' })
  name!: string;

  @SchemaField(INVESTOR_FIELDS.email, { example: 'invest@example.org' })
  email!: string;

  @ApiProperty({ enum: INVESTOR_TYPES })
  @IsIn(INVESTOR_TYPES)
  type!: InvestorType;
}

/** PATCH: only the fields given change; `null` clears a nullable field. */
export class UpdateInvestorDto extends InvestorFieldsDto implements UpdateInvestorRequest {
  @SchemaField(INVESTOR_FIELDS.name, { partial: true })
  name?: string;

  @SchemaField(INVESTOR_FIELDS.email, { partial: true })
  email?: string;

  @ApiPropertyOptional({ enum: INVESTOR_TYPES })
  @NotNull()
  @IsIn(INVESTOR_TYPES)
  type?: InvestorType;
}
