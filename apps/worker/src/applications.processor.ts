import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUES } from '@kohorte/contracts';
import {
  ApplicationRetentionSweeper,
  type RetentionOutcome,
  ReviewReminderSweeper,
} from '@kohorte/server';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';

/**
 * Runs the jobs of the applications queue (the repeating `application.erase-expired` and
 * `review.remind`): a thin adapter over ApplicationRetentionSweeper and ReviewReminderSweeper in
 * @kohorte/server.
 */
@Processor(QUEUES.applications, { concurrency: 1, ...JOB_LOCK })
export class ApplicationsProcessor extends WorkerHost {
  constructor(
    private readonly sweeper: ApplicationRetentionSweeper,
    private readonly reminders: ReviewReminderSweeper,
  ) {
    super();
  }

  process(job: Job): Promise<RetentionOutcome | { reminded: number }> {
    if (job.name === 'application.erase-expired') return this.sweeper.sweep();
    if (job.name === 'review.remind') return this.reminders.sweep();
    throw new Error(`The applications queue has no job ${job.name}`);
  }
}
