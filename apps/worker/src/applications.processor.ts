import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUES } from '@kohorte/contracts';
import { ApplicationRetentionSweeper, type RetentionOutcome } from '@kohorte/server';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';

/**
 * Runs the jobs of the applications queue (the repeating `application.erase-expired`): a thin
 * adapter over ApplicationRetentionSweeper in @kohorte/server.
 */
@Processor(QUEUES.applications, { concurrency: 1, ...JOB_LOCK })
export class ApplicationsProcessor extends WorkerHost {
  constructor(private readonly sweeper: ApplicationRetentionSweeper) {
    super();
  }

  process(job: Job): Promise<RetentionOutcome> {
    if (job.name !== 'application.erase-expired') {
      throw new Error(`The applications queue has no job ${job.name}`);
    }
    return this.sweeper.sweep();
  }
}
