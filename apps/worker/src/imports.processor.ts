import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobsOfQueue, QUEUES } from '@kohorte/contracts';
import { ImportJobHandler } from '@kohorte/server/imports';
import { type JobHandlers, runJob } from '@kohorte/server/queue';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';
import { retryWhileUnavailable } from './outage-retry';

/**
 * Runs the jobs of the imports queue: a thin adapter over ImportJobHandler in @kohorte/server.
 * One at a time per worker: an apply holds a transaction over thousands of rows.
 */
@Processor(QUEUES.imports, { concurrency: 1, ...JOB_LOCK })
export class ImportsProcessor extends WorkerHost {
  private readonly handlers: JobHandlers<JobsOfQueue<'imports'>>;

  constructor(handler: ImportJobHandler) {
    super();
    this.handlers = handler.handlers;
  }

  process(job: Job, token?: string): Promise<unknown> {
    return retryWhileUnavailable(job, token, () => runJob(this.handlers, job));
  }
}
