import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobName, type JobPayloads, QUEUES } from '@kohorte/contracts';
import { StartupProfileScorer, StartupScoreSweeper } from '@kohorte/server';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';

/** Runs the jobs of the startups queue: a thin adapter over the handlers in @kohorte/server. */
@Processor(QUEUES.startups, { concurrency: 5, ...JOB_LOCK })
export class StartupsProcessor extends WorkerHost {
  constructor(
    private readonly scorer: StartupProfileScorer,
    private readonly sweeper: StartupScoreSweeper,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as JobName;
    switch (name) {
      case 'startup.score-profile':
        return this.scorer.handle(job.data as JobPayloads['startup.score-profile']);
      case 'startup.rescore-stale':
        return this.sweeper.enqueueStale();
      default:
        throw new Error(`The startups queue has no handler for job "${job.name}"`);
    }
  }
}
