import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/index';
import { LinksModule } from '../../infra/links/links.module';
import { MailModule } from '../mail/index';
import { ProposalsModule } from '../proposals/index';
import { VocabulariesModule } from '../vocabularies/index';
import { IntroConsentService } from './intro-consent.service';
import { InvestorIntroductionsService } from './investor-introductions.service';
import { InvestorOfferService } from './investor-offer.service';

/**
 * Investor introductions by email (double opt-in): sending an investor run's approved pairs to
 * the founders, their consent, the investor's answer. Each wait's reminder and expiry are
 * scheduled by ProposalsModule's ProposalFollowUps; OffersModule's OfferFollowUps, the offers
 * queue's handler, runs them through `introduction-follow-ups`. Needs CoreModule.
 */
@Module({
  imports: [TimelineModule, LinksModule, MailModule, ProposalsModule, VocabulariesModule],
  providers: [InvestorIntroductionsService, IntroConsentService, InvestorOfferService],
  exports: [InvestorIntroductionsService, IntroConsentService, InvestorOfferService],
})
export class IntroductionsModule {}
