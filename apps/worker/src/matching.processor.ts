import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobsOfQueue, QUEUES } from '@kohorte/contracts';
import { MatchingRunHandler } from '@kohorte/server/matching';
import { type JobHandlers, runJob } from '@kohorte/server/queue';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';
import { retryWhileUnavailable } from './outage-retry';

/**
 * Runs the jobs of the matching queue: a thin adapter over MatchingRunHandler in @kohorte/server.
 * One run at a time per worker: the engine takes a core in its own thread while it solves.
 */
@Processor(QUEUES.matching, { concurrency: 1, ...JOB_LOCK })
export class MatchingProcessor extends WorkerHost {
  private readonly handlers: JobHandlers<JobsOfQueue<'matching'>>;

  constructor(handler: MatchingRunHandler) {
    super();
    this.handlers = { 'matching.run': (payload, delivery) => handler.handle(payload, delivery) };
  }

  process(job: Job, token?: string): Promise<unknown> {
    return retryWhileUnavailable(job, token, () => runJob(this.handlers, job));
  }
}
