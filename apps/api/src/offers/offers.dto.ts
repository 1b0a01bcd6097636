import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  type DeclineOfferRequest,
  OFFER_DECLINE_REASONS,
  OFFER_NOTE_MAX_LENGTH,
  type OfferDeclineReason,
} from '@kohorte/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { trim } from '../auth/dto/fields';

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
  note?: string;
}
