import { Module } from '@nestjs/common';
import { ProgrammesModule } from '@kohorte/server/programmes';
import { CohortMembersController } from './cohort-members.controller';
import { CohortsController } from './cohorts.controller';
import { ProgrammesController } from './programmes.controller';

@Module({
  imports: [ProgrammesModule],
  controllers: [ProgrammesController, CohortsController, CohortMembersController],
})
export class ProgrammesApiModule {}
