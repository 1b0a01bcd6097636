import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { InvestorsService } from './investors.service';
import { UnmappedRegionsService } from './unmapped-regions.service';

/** Investors for the API (and the export). Needs CoreModule. */
@Module({
  imports: [VocabulariesModule, ActivityModule, PrivacyModule],
  providers: [InvestorsService, UnmappedRegionsService],
  exports: [InvestorsService, UnmappedRegionsService],
})
export class InvestorsModule {}
