import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobPayloads, QUEUES } from '@kohorte/contracts';
import { MatchingRunHandler, type MatchingRunOutcome } from '@kohorte/server';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';
import { retryWhileUnavailable } from './outage-retry';

/**
 * Runs the jobs of the matching queue: a thin adapter over MatchingRunHandler in @kohorte/server.
 * One run at a time per worker: the engine takes a core in its own thread while it solves.
 */
@Processor(QUEUES.matching, { concurrency: 1, ...JOB_LOCK })
export class MatchingProcessor extends WorkerHost {
  constructor(private readonly handler: MatchingRunHandler) {
    super();
  }

  process(job: Job<JobPayloads['matching.run']>, token?: string): Promise<MatchingRunOutcome> {
    return retryWhileUnavailable(job, token, () => this.handler.handle(job));
  }
}
