import { Module } from '@nestjs/common';
import { MatchingModule } from '@kohorte/server/matching';
import { MatchingRunsController } from './matching-runs.controller';
import { MatchProposalsController } from './match-proposals.controller';

@Module({
  imports: [MatchingModule],
  controllers: [MatchingRunsController, MatchProposalsController],
})
export class MatchingApiModule {}
