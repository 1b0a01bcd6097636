import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { LinksModule } from '../links/links.module';
import { MailModule } from '../mail/mail.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
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
  imports: [ActivityModule, LinksModule, MailModule, ProposalsModule, VocabulariesModule],
  providers: [InvestorIntroductionsService, IntroConsentService, InvestorOfferService],
  exports: [InvestorIntroductionsService, IntroConsentService, InvestorOfferService],
})
export class IntroductionsModule {}
