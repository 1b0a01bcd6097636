import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { StartupProfileScorer } from './startup-profile-scorer';
import { StartupScoreSweeper } from './startup-score-sweeper';
import { StartupsService } from './startups.service';

/** Startups for the API (the service) and the worker (the score job's handlers). Needs CoreModule. */
@Module({
  imports: [VocabulariesModule, ActivityModule, PrivacyModule],
  providers: [StartupsService, StartupProfileScorer, StartupScoreSweeper],
  exports: [StartupsService, StartupProfileScorer, StartupScoreSweeper, VocabulariesModule],
})
export class StartupsModule {}
