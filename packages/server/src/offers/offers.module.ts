import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { LinksModule } from '../links/links.module';
import { MailModule } from '../mail/mail.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { MentorOffersService } from './mentor-offers.service';

/** Offers by email: sending a run's approved proposals and the answers through the links. Needs CoreModule. */
@Module({
  imports: [ActivityModule, LinksModule, MailModule, VocabulariesModule],
  providers: [MentorOffersService],
  exports: [MentorOffersService],
})
export class OffersModule {}
