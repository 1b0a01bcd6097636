import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/index';
import { LinksModule } from '../../infra/links/links.module';
import { MailModule } from '../mail/index';
import { ProposalsModule } from '../proposals/index';
import { VocabulariesModule } from '../vocabularies/index';
import { CohortOffersService } from './cohort-offers';
import { MentorOffersService } from './mentor-offers.service';
import { MentorPause } from './mentor-pause';
import { OfferFollowUpSweeper } from './offer-follow-up-sweeper';
import { OfferFollowUps } from './offer-follow-ups';
import { NextBestOffer } from './offer-next-best';
import { OfferSendPreview } from './offer-send-preview';

/**
 * Offers by email: sending a run's approved proposals, the answers through the links and what
 * follows (reminder, expiry, introductions, next best after a decline). Needs CoreModule.
 */
@Module({
  imports: [TimelineModule, LinksModule, MailModule, ProposalsModule, VocabulariesModule],
  providers: [
    MentorOffersService,
    OfferFollowUps,
    OfferFollowUpSweeper,
    NextBestOffer,
    OfferSendPreview,
    MentorPause,
    CohortOffersService,
  ],
  exports: [
    MentorOffersService,
    OfferSendPreview,
    OfferFollowUps,
    OfferFollowUpSweeper,
    MentorPause,
    CohortOffersService,
  ],
})
export class OffersModule {}
