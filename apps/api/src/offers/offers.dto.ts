import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type DeclineOfferRequest,
  OFFER_DECLINE_REASONS,
  OFFER_NOTE_MAX_LENGTH,
  OFFER_PAUSE_MAX_DAYS,
  type OfferDeclineReason,
  type PauseOffersRequest,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { trim } from '../auth/dto/fields';
import { IsIsoDay } from '../mentors/record-fields';
import { MultiLine } from '../http/multi-line';

/** A mentor's decline: why (optional) and a note (optional). */
export class DeclineOfferDto implements DeclineOfferRequest {
  @ApiPropertyOptional({ enum: OFFER_DECLINE_REASONS })
  @IsOptional()
  @IsIn(OFFER_DECLINE_REASONS, {
    message: `reason must be one of ${OFFER_DECLINE_REASONS.join(', ')}`,
  })
  reason?: OfferDeclineReason;

  @ApiPropertyOptional({ maxLength: OFFER_NOTE_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(OFFER_NOTE_MAX_LENGTH)
  @MultiLine()
  note?: string;
}

/** A mentor's pause of new offers: none until this day. */
export class PauseOffersDto implements PauseOffersRequest {
  @ApiProperty({
    type: String,
    format: 'date',
    example: '2027-03-01',
    description: `after today, at most ${OFFER_PAUSE_MAX_DAYS} days ahead`,
  })
  @Transform(trim)
  @IsIsoDay()
  until!: string;
}
