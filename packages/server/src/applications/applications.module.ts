import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { LinksModule } from '../links/links.module';
import { MailModule } from '../mail/mail.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { ApplicantService } from './applicant.service';
import { CallsService } from './calls.service';
import { DecisionsService } from './decisions.service';
import { ApplicationRetentionSweeper } from './retention-sweeper';
import { ScreeningService } from './screening.service';

/** Calls for applications, applying through a link, screening and decisions. Needs CoreModule. */
@Module({
  imports: [ActivityModule, LinksModule, MailModule, ProgrammesModule, VocabulariesModule],
  providers: [
    CallsService,
    ApplicantService,
    ScreeningService,
    DecisionsService,
    ApplicationRetentionSweeper,
  ],
  exports: [
    CallsService,
    ApplicantService,
    ScreeningService,
    DecisionsService,
    ApplicationRetentionSweeper,
    LinksModule,
  ],
})
export class ApplicationsModule {}
