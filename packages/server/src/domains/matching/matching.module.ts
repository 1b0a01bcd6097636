import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/index';
import { VocabulariesModule } from '../vocabularies/index';
import { MatchProposalsService } from './match-proposals.service';
import { MatchingRunHandler } from './matching-run-handler';
import { MatchingRunsService } from './matching-runs.service';

/** Matching runs for the API (starting, reading, deciding) and the worker (the job's handler). Needs CoreModule. */
@Module({
  imports: [TimelineModule, VocabulariesModule],
  providers: [MatchingRunsService, MatchProposalsService, MatchingRunHandler],
  exports: [MatchingRunsService, MatchProposalsService, MatchingRunHandler],
})
export class MatchingModule {}
