import { Module } from '@nestjs/common';
import { IntroductionsModule } from '@kohorte/server/introductions';
import { PublicIntroductionsController } from './public-introductions.controller';

/** Investor introductions: the founders' consent and the investor's answer through the emails' links. */
@Module({
  imports: [IntroductionsModule],
  controllers: [PublicIntroductionsController],
})
export class IntroductionsApiModule {}
