import { Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { AccessReportHandler } from './access-report-handler';
import { AccessReports } from './access-reports.service';
import { PrivacyErasures } from './privacy-erasures';
import { PrivacyRetention } from './privacy-retention';
import { QueuedJobEraser } from './queued-job-eraser';

/**
 * Privacy (GDPR): access reports, erasure and the registry they share. Needs CoreModule. The
 * record modules import it, so that deleting a mentor, investor or startup is an erasure too.
 */
@Module({
  providers: [
    AccessReports,
    AccessReportHandler,
    AuditLog,
    PrivacyErasures,
    PrivacyRetention,
    QueuedJobEraser,
  ],
  exports: [AccessReports, AccessReportHandler, AuditLog, PrivacyErasures, PrivacyRetention],
})
export class PrivacyModule {}
