import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobsOfQueue, QUEUES } from '@kohorte/contracts';
import { MailSendHandler, MailSweeper } from '@kohorte/server/mail';
import { type JobHandlers, runJob } from '@kohorte/server/queue';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';

/** Runs the jobs of the mail queue: a thin adapter over the handlers in @kohorte/server. */
@Processor(QUEUES.mail, { concurrency: 5, ...JOB_LOCK })
export class MailProcessor extends WorkerHost {
  private readonly handlers: JobHandlers<JobsOfQueue<'mail'>>;

  constructor(sender: MailSendHandler, sweeper: MailSweeper) {
    super();
    this.handlers = {
      'mail.send': (payload, delivery) => sender.handle(payload, delivery),
      'mail.sweep': () => sweeper.enqueueStale(),
    };
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job);
  }
}
