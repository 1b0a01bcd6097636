import { Module } from '@nestjs/common';
import { ApplicationsModule } from '@kohorte/server/applications';
import { ApplicantAccessReportController } from './applicant-access-report.controller';
import { ApplicationsController } from './applications.controller';
import { CallsController } from './calls.controller';
import { PublicApplicationsController } from './public-applications.controller';

/**
 * Calls for applications: the staff side (call, screening, decisions) and the public pages',
 * including the applicant's own access report.
 */
@Module({
  imports: [ApplicationsModule],
  controllers: [
    CallsController,
    ApplicationsController,
    PublicApplicationsController,
    ApplicantAccessReportController,
  ],
})
export class ApplicationsApiModule {}
