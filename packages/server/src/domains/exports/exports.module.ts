import { Module } from '@nestjs/common';
import { InvestorsModule } from '../investors/index';
import { MentorsModule } from '../mentors/index';
import { StartupsModule } from '../startups/index';
import { ExportsService } from './exports.service';

/** CSV exports of the lists. Needs CoreModule. */
@Module({
  imports: [StartupsModule, MentorsModule, InvestorsModule],
  providers: [ExportsService],
  exports: [ExportsService],
})
export class ExportsModule {}
