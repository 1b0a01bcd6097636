import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobsOfQueue, QUEUES } from '@kohorte/contracts';
import { ApplicationRetentionSweeper } from '@kohorte/server/applications';
import { type JobHandlers, runJob } from '@kohorte/server/queue';
import { ReviewReminderSweeper } from '@kohorte/server/reviews';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';

/**
 * Runs the jobs of the applications queue (the repeating `application.erase-expired` and
 * `review.remind`): a thin adapter over ApplicationRetentionSweeper and ReviewReminderSweeper in
 * @kohorte/server.
 */
@Processor(QUEUES.applications, { concurrency: 1, ...JOB_LOCK })
export class ApplicationsProcessor extends WorkerHost {
  private readonly handlers: JobHandlers<JobsOfQueue<'applications'>>;

  constructor(sweeper: ApplicationRetentionSweeper, reminders: ReviewReminderSweeper) {
    super();
    this.handlers = {
      'application.erase-expired': () => sweeper.sweep(),
      'review.remind': () => reminders.sweep(),
    };
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job);
  }
}
