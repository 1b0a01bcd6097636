import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUES } from '@kohorte/contracts';
import {
  OfferFollowUps,
  type OfferFollowUpOutcome,
  OfferFollowUpSweeper,
  type OfferSweepOutcome,
} from '@kohorte/server';
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
  constructor(
    private readonly followUps: OfferFollowUps,
    private readonly sweeper: OfferFollowUpSweeper,
  ) {
    super();
  }

  process(job: Job): Promise<OfferFollowUpOutcome | OfferSweepOutcome> {
    if (job.name === 'offer.sweep') return this.sweeper.sweep();
    return this.followUps.handle(job);
  }
}
