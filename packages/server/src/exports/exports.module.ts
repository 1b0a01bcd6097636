import { Module } from '@nestjs/common';
import { InvestorsModule } from '../investors/investors.module';
import { MentorsModule } from '../mentors/mentors.module';
import { StartupsModule } from '../startups/startups.module';
import { ExportsService } from './exports.service';

/** CSV exports of the lists. Needs CoreModule. */
@Module({
  imports: [StartupsModule, MentorsModule, InvestorsModule],
  providers: [ExportsService],
  exports: [ExportsService],
})
export class ExportsModule {}
