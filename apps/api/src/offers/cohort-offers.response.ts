import { ApiProperty } from '@nestjs/swagger';
import {
  type CohortOffer,
  type CohortOffers,
  MATCHING_KINDS,
  type MatchingKind,
  OFFER_DECLINE_REASONS,
  type OfferDeclineReason,
} from '@kohorte/contracts';

/** Response shapes, for the OpenAPI document only. */
class CohortOfferRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  name!: string;
}

const COHORT_OFFER_STATUSES: CohortOffer['status'][] = [
  'startup-asked',
  'offered',
  'accepted',
  'declined',
  'expired',
];

export class CohortOfferDto implements CohortOffer {
  @ApiProperty({ format: 'uuid' })
  proposalId!: string;
  @ApiProperty({ format: 'uuid' })
  runId!: string;
  @ApiProperty({ enum: MATCHING_KINDS })
  kind!: MatchingKind;
  @ApiProperty({ enum: COHORT_OFFER_STATUSES })
  status!: CohortOffer['status'];
  @ApiProperty({ type: CohortOfferRefDto })
  startup!: CohortOfferRefDto;
  @ApiProperty({ type: CohortOfferRefDto, description: 'the mentor or the investor' })
  partner!: CohortOfferRefDto;
  @ApiProperty()
  score!: number;
  @ApiProperty({ format: 'date-time' })
  offeredAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  remindedAt!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: "an open mentor offer's deadline; null otherwise",
  })
  expiresAt!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'when the answer or the expiry came; null while open',
  })
  answeredAt!: string | null;
  @ApiProperty({ enum: ['mentor', 'founder', 'investor'], nullable: true })
  answeredBy!: CohortOffer['answeredBy'];
  @ApiProperty({ enum: OFFER_DECLINE_REASONS, nullable: true })
  declineReason!: OfferDeclineReason | null;
}

class CohortOfferCountsDto implements Record<CohortOffer['status'], number> {
  @ApiProperty({ type: 'integer' })
  'startup-asked'!: number;
  @ApiProperty({ type: 'integer' })
  offered!: number;
  @ApiProperty({ type: 'integer' })
  accepted!: number;
  @ApiProperty({ type: 'integer' })
  declined!: number;
  @ApiProperty({ type: 'integer' })
  expired!: number;
}

export class CohortOffersDto implements CohortOffers {
  @ApiProperty({
    type: [CohortOfferDto],
    description: 'the latest answers first, then the open ones, newest sent first',
  })
  items!: CohortOfferDto[];
  @ApiProperty({ type: 'integer', description: '`startup-asked` or `offered`' })
  open!: number;
  @ApiProperty({ type: CohortOfferCountsDto, description: 'offers per status, over all of them' })
  counts!: CohortOfferCountsDto;
}
