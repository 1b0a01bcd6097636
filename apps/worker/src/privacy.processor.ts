import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobPayloads, QUEUES } from '@kohorte/contracts';
import {
  AccessReportHandler,
  type AccessReportOutcome,
  PrivacyRetention,
  type RetentionCounts,
} from '@kohorte/server';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';

/**
 * Runs the jobs of the privacy queue (`privacy.access`, the daily `privacy.retention`): a thin
 * adapter over AccessReportHandler and PrivacyRetention in @kohorte/server. Two at a time: a
 * report reads every personal table for one person.
 */
@Processor(QUEUES.privacy, { concurrency: 2, ...JOB_LOCK })
export class PrivacyProcessor extends WorkerHost {
  constructor(
    private readonly accessReports: AccessReportHandler,
    private readonly retention: PrivacyRetention,
  ) {
    super();
  }

  process(job: Job): Promise<AccessReportOutcome | RetentionCounts> {
    if (job.name === 'privacy.retention') return this.retention.run();
    const payload = job.data as JobPayloads['privacy.access'];
    return this.accessReports.run(payload.reportId);
  }
}
