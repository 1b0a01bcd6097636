import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobsOfQueue, QUEUES } from '@kohorte/contracts';
import { AccessReportHandler, PrivacyRetention } from '@kohorte/server/privacy';
import { type JobHandlers, runJob } from '@kohorte/server/queue';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';

/**
 * Runs the jobs of the privacy queue (`privacy.access`, the daily `privacy.retention`): a thin
 * adapter over AccessReportHandler and PrivacyRetention in @kohorte/server. Two at a time: a
 * report reads every personal table for one person.
 */
@Processor(QUEUES.privacy, { concurrency: 2, ...JOB_LOCK })
export class PrivacyProcessor extends WorkerHost {
  private readonly handlers: JobHandlers<JobsOfQueue<'privacy'>>;

  constructor(accessReports: AccessReportHandler, retention: PrivacyRetention) {
    super();
    this.handlers = {
      'privacy.access': ({ reportId }) => accessReports.run(reportId),
      'privacy.retention': () => retention.run(),
    };
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job);
  }
}
