import { Module } from '@nestjs/common';
import { ProposalFollowUps } from './proposal-follow-ups';

/** The clock of waiting proposals, for the modules that start a wait. Needs CoreModule. */
@Module({
  providers: [ProposalFollowUps],
  exports: [ProposalFollowUps],
})
export class ProposalsModule {}
