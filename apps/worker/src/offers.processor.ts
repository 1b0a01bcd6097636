import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobsOfQueue, QUEUES } from '@kohorte/contracts';
import { OfferFollowUps, OfferFollowUpSweeper } from '@kohorte/server/offers';
import { type JobHandlers, runJob } from '@kohorte/server/queue';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';

/**
 * Runs the jobs of the offers queue (the delayed `offer.remind` and `offer.expire`, and the
 * repeating `offer.sweep` that makes up for lost ones): a thin adapter over OfferFollowUps and
 * OfferFollowUpSweeper in @kohorte/server, which re-read the proposal and act only while it is
 * still open.
 */
@Processor(QUEUES.offers, { concurrency: 5, ...JOB_LOCK })
export class OffersProcessor extends WorkerHost {
  private readonly handlers: JobHandlers<JobsOfQueue<'offers'>>;

  constructor(followUps: OfferFollowUps, sweeper: OfferFollowUpSweeper) {
    super();
    this.handlers = { ...followUps.handlers, 'offer.sweep': () => sweeper.sweep() };
  }

  process(job: Job): Promise<unknown> {
    return runJob(this.handlers, job);
  }
}
