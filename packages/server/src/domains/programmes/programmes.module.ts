import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/index';
import { MentorshipsService } from './mentorships.service';
import { CohortPoolService } from './cohort-pool.service';
import { CohortStartupsService } from './cohort-startups.service';
import { CohortsService } from './cohorts.service';
import { ProgrammesService } from './programmes.service';

/** Programmes, cohorts, their startups and mentor pools, and mentorships. Needs CoreModule. */
@Module({
  imports: [TimelineModule],
  providers: [
    ProgrammesService,
    CohortsService,
    CohortStartupsService,
    CohortPoolService,
    MentorshipsService,
  ],
  exports: [
    ProgrammesService,
    CohortsService,
    CohortStartupsService,
    CohortPoolService,
    MentorshipsService,
  ],
})
export class ProgrammesModule {}
