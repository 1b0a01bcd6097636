import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUES } from '@kohorte/contracts';
import { OfferFollowUps, type OfferFollowUpOutcome } from '@kohorte/server';
import type { Job } from 'bullmq';

/**
 * Runs the jobs of the offers queue (the delayed `offer.remind` and `offer.expire`): a thin
 * adapter over OfferFollowUps in @kohorte/server, which re-reads the proposal and acts only while
 * it is still offered.
 */
@Processor(QUEUES.offers, { concurrency: 5 })
export class OffersProcessor extends WorkerHost {
  constructor(private readonly followUps: OfferFollowUps) {
    super();
  }

  process(job: Job): Promise<OfferFollowUpOutcome> {
    return this.followUps.handle(job);
  }
}
