import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  FIGURES_TEXT_MAX_LENGTH,
  MAX_AMOUNT_EUR,
  MAX_TEAM_SIZE,
  type RequestProfileLinkRequest,
  type StartupFiguresInput,
  type UpdateFounderProfileRequest,
  CONSENT_PURPOSES,
  type ConsentPurpose,
  type SetConsentRequest,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_EMAIL_LENGTH, trim } from '../auth/dto/fields';
import { Nullable, trimToNull } from '../mentors/record-fields';
import { UpdateStartupDto } from '../startups/startup-input.dto';
import { MultiLine } from '../http/multi-line';

const MAX_COUNT = 100_000_000;

/**
 * What founders may change: the staff PATCH's fields and rules, minus the internal tags. A
 * request that sends `tags` (or any other field) is a 400 naming it.
 */
export class UpdateFounderProfileDto
  extends OmitType(UpdateStartupDto, ['tags'] as const)
  implements UpdateFounderProfileRequest {}

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

const Count = (max: number): PropertyDecorator => compose(Nullable(), IsInt(), Min(0), Max(max));
const FreeText = (): PropertyDecorator =>
  compose(
    Transform(trimToNull),
    Nullable(),
    IsString(),
    MaxLength(FIGURES_TEXT_MAX_LENGTH),
    MultiLine(),
  );

/** One month's figures; a field left out or `null` is "not reported". */
export class StartupFiguresDto implements StartupFiguresInput {
  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, description: 'EUR' })
  @Count(MAX_AMOUNT_EUR)
  revenueEur?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0 })
  @Count(MAX_COUNT)
  customers?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0 })
  @Count(MAX_TEAM_SIZE)
  teamSize?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, description: 'EUR' })
  @Count(MAX_AMOUNT_EUR)
  fundingRaisedEur?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FIGURES_TEXT_MAX_LENGTH })
  @FreeText()
  highlights?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FIGURES_TEXT_MAX_LENGTH })
  @FreeText()
  asks?: string | null;
}

export class RequestProfileLinkDto implements RequestProfileLinkRequest {
  @ApiProperty({ example: 'jana@example.org', maxLength: MAX_EMAIL_LENGTH })
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_EMAIL_LENGTH)
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;
}

export class SetConsentDto implements SetConsentRequest {
  @ApiProperty({ enum: CONSENT_PURPOSES })
  @IsIn(CONSENT_PURPOSES)
  purpose!: ConsentPurpose;

  @ApiProperty({ description: 'true gives the consent, false withdraws it' })
  @IsBoolean()
  given!: boolean;
}
