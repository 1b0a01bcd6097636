import { Module } from '@nestjs/common';
import { OffersModule } from '@kohorte/server';
import { OffersController } from './offers.controller';
import { PublicOffersController } from './public-offers.controller';

/** Mentor offers: sending them (staff) and answering them through the email's link (public). */
@Module({
  imports: [OffersModule],
  controllers: [OffersController, PublicOffersController],
})
export class OffersApiModule {}
