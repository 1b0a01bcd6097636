import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/index';
import { PrivacyModule } from '../privacy/index';
import { VocabulariesModule } from '../vocabularies/index';
import { InvestorsService } from './investors.service';
import { UnmappedRegionsService } from './unmapped-regions.service';

/** Investors for the API (and the export). Needs CoreModule. */
@Module({
  imports: [VocabulariesModule, TimelineModule, PrivacyModule],
  providers: [InvestorsService, UnmappedRegionsService],
  exports: [InvestorsService, UnmappedRegionsService],
})
export class InvestorsModule {}
