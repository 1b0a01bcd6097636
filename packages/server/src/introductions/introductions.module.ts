import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { LinksModule } from '../links/links.module';
import { MailModule } from '../mail/mail.module';
import { OffersModule } from '../offers/offers.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { IntroConsentService } from './intro-consent.service';
import { InvestorIntroductionsService } from './investor-introductions.service';
import { InvestorOfferService } from './investor-offer.service';

/**
 * Investor introductions by email (double opt-in): sending an investor run's approved pairs to
 * the founders, their consent, the investor's answer. The follow-ups (reminder, expiry) run in
 * OffersModule's OfferFollowUps. Needs CoreModule.
 */
@Module({
  imports: [ActivityModule, LinksModule, MailModule, OffersModule, VocabulariesModule],
  providers: [InvestorIntroductionsService, IntroConsentService, InvestorOfferService],
  exports: [InvestorIntroductionsService, IntroConsentService, InvestorOfferService],
})
export class IntroductionsModule {}
