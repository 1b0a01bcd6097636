import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobPayloads, QUEUES } from '@kohorte/contracts';
import { AccessReportHandler, type AccessReportOutcome } from '@kohorte/server';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';

/**
 * Runs the jobs of the privacy queue (`privacy.access`): a thin adapter over AccessReportHandler
 * in @kohorte/server. Two at a time: a report reads every personal table for one person.
 */
@Processor(QUEUES.privacy, { concurrency: 2, ...JOB_LOCK })
export class PrivacyProcessor extends WorkerHost {
  constructor(private readonly accessReports: AccessReportHandler) {
    super();
  }

  process(job: Job): Promise<AccessReportOutcome> {
    const payload = job.data as JobPayloads['privacy.access'];
    return this.accessReports.run(payload.reportId);
  }
}
