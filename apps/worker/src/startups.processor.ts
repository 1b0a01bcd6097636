import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobsOfQueue, QUEUES } from '@kohorte/contracts';
import { type JobHandlers, runJob } from '@kohorte/server/queue';
import { StartupProfileScorer, StartupScoreSweeper } from '@kohorte/server/startups';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';

/** Runs the jobs of the startups queue: a thin adapter over the handlers in @kohorte/server. */
@Processor(QUEUES.startups, { concurrency: 5, ...JOB_LOCK })
export class StartupsProcessor extends WorkerHost {
  private readonly handlers: JobHandlers<JobsOfQueue<'startups'>>;

  constructor(scorer: StartupProfileScorer, sweeper: StartupScoreSweeper) {
    super();
    this.handlers = {
      'startup.score-profile': (payload) => scorer.handle(payload),
      'startup.rescore-stale': () => sweeper.enqueueStale(),
    };
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job);
  }
}
