import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { MatchProposalsService } from './match-proposals.service';
import { MatchingRunHandler } from './matching-run-handler';
import { MatchingRunsService } from './matching-runs.service';

/** Matching runs for the API (starting, reading, deciding) and the worker (the job's handler). Needs CoreModule. */
@Module({
  imports: [ActivityModule, VocabulariesModule],
  providers: [MatchingRunsService, MatchProposalsService, MatchingRunHandler],
  exports: [MatchingRunsService, MatchProposalsService, MatchingRunHandler],
})
export class MatchingModule {}
