import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { LinksModule } from '../links/links.module';
import { MailModule } from '../mail/mail.module';
import { StartupsModule } from '../startups/startups.module';
import { FounderProfileService } from './founder-profile.service';
import { ProfileRequestsService } from './profile-requests.service';

/** Founders' profile links: sending them, and what a founder does through one. Needs CoreModule. */
@Module({
  imports: [ActivityModule, LinksModule, MailModule, StartupsModule],
  providers: [FounderProfileService, ProfileRequestsService],
  exports: [FounderProfileService, ProfileRequestsService, LinksModule],
})
export class FounderProfileModule {}
