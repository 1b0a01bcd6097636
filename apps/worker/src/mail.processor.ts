import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobName, type JobPayloads, QUEUES } from '@kohorte/contracts';
import { MailSendHandler, MailSweeper } from '@kohorte/server';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';

/** Runs the jobs of the mail queue: a thin adapter over the handlers in @kohorte/server. */
@Processor(QUEUES.mail, { concurrency: 5, ...JOB_LOCK })
export class MailProcessor extends WorkerHost {
  constructor(
    private readonly sender: MailSendHandler,
    private readonly sweeper: MailSweeper,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as JobName;
    switch (name) {
      case 'mail.send':
        return this.sender.handle(job as Job<JobPayloads['mail.send']>);
      case 'mail.sweep':
        return this.sweeper.enqueueStale();
      default:
        throw new Error(`The mail queue has no handler for job "${job.name}"`);
    }
  }
}
