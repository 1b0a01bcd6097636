import { Module } from '@nestjs/common';
import { TimelineModule } from '../timeline/index';
import { LinksModule } from '../../infra/links/links.module';
import { MailModule } from '../mail/index';
import { PrivacyModule } from '../privacy/index';
import { ProgrammesModule } from '../programmes/index';
import { VocabulariesModule } from '../vocabularies/index';
import { ApplicantAccessReports } from './applicant-access-reports';
import { ApplicantService } from './applicant.service';
import { CallsService } from './calls.service';
import { DecisionsService } from './decisions.service';
import { ApplicationRetentionSweeper } from './retention-sweeper';
import { ScreeningService } from './screening.service';

/** Calls for applications, applying through a link, screening and decisions. Needs CoreModule. */
@Module({
  imports: [
    TimelineModule,
    LinksModule,
    MailModule,
    PrivacyModule,
    ProgrammesModule,
    VocabulariesModule,
  ],
  providers: [
    CallsService,
    ApplicantService,
    ApplicantAccessReports,
    ScreeningService,
    DecisionsService,
    ApplicationRetentionSweeper,
  ],
  exports: [
    CallsService,
    ApplicantService,
    ApplicantAccessReports,
    ScreeningService,
    DecisionsService,
    ApplicationRetentionSweeper,
    LinksModule,
  ],
})
export class ApplicationsModule {}
