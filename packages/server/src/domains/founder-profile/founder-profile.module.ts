import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/index';
import { LinksModule } from '../../infra/links/links.module';
import { MailModule } from '../mail/index';
import { StartupsModule } from '../startups/index';
import { FounderProfileService } from './founder-profile.service';
import { ProfileRequestsService } from './profile-requests.service';

/** Founders' profile links: sending them, and what a founder does through one. Needs CoreModule. */
@Module({
  imports: [TimelineModule, LinksModule, MailModule, StartupsModule],
  providers: [FounderProfileService, ProfileRequestsService],
  exports: [FounderProfileService, ProfileRequestsService, LinksModule],
})
export class FounderProfileModule {}
