import { Module } from '@nestjs/common';
import { IntroductionsModule, OffersModule } from '@kohorte/server';
import { OffersController } from './offers.controller';
import { PublicOffersController } from './public-offers.controller';

/**
 * Sending a run's offers (staff: mentor offers, or investor introductions through their module)
 * and answering mentor offers through the email's link (public).
 */
@Module({
  imports: [OffersModule, IntroductionsModule],
  controllers: [OffersController, PublicOffersController],
})
export class OffersApiModule {}
