import { Module } from '@nestjs/common';
import { IntroductionsModule } from '@kohorte/server/introductions';
import { OffersModule } from '@kohorte/server/offers';
import { CohortOffersController } from './cohort-offers.controller';
import { OffersController } from './offers.controller';
import { PublicOffersController } from './public-offers.controller';

/**
 * Mentor offers: sending them (staff), answering them through the email’s link (public), and the
 * cohort’s list of its offers and their answers.
 */
@Module({
  imports: [OffersModule, IntroductionsModule],
  controllers: [OffersController, PublicOffersController, CohortOffersController],
})
export class OffersApiModule {}
