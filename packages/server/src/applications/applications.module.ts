import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { LinksModule } from '../links/links.module';
import { MailModule } from '../mail/mail.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { ApplicantAccessReports } from './applicant-access-reports';
import { ApplicantService } from './applicant.service';
import { CallsService } from './calls.service';
import { DecisionsService } from './decisions.service';
import { ApplicationRetentionSweeper } from './retention-sweeper';
import { ScreeningService } from './screening.service';

/** Calls for applications, applying through a link, screening and decisions. Needs CoreModule. */
@Module({
  imports: [
    ActivityModule,
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
