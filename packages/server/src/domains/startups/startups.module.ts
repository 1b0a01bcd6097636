import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/index';
import { PrivacyModule } from '../privacy/index';
import { VocabulariesModule } from '../vocabularies/index';
import { StartupProfileScorer } from './startup-profile-scorer';
import { StartupScoreSweeper } from './startup-score-sweeper';
import { StartupsService } from './startups.service';

/** Startups for the API (the service) and the worker (the score job's handlers). Needs CoreModule. */
@Module({
  imports: [VocabulariesModule, TimelineModule, PrivacyModule],
  providers: [StartupsService, StartupProfileScorer, StartupScoreSweeper],
  exports: [StartupsService, StartupProfileScorer, StartupScoreSweeper, VocabulariesModule],
})
export class StartupsModule {}
