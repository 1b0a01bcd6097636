import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type JobName, QUEUES } from '@kohorte/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { KOHORTE_CONFIG, type KohorteConfig } from '../../infra/config/kohorte-config';
import { OfferFollowUps, type OfferFollowUpOutcome } from './offer-follow-ups';
import { rows, type RowOf } from '../../infra/database/typed-query';

const SWEEP_JOB: JobName = 'offer.sweep';
const SWEEP_EVERY_MS = 10 * 60_000;
const BATCH = 200;

/** What one sweep did: the follow-ups that acted (a `skipped` one is not counted). */
export interface OfferSweepOutcome {
  reminded: number;
  expired: number;
  /** Follow-ups that threw; they are tried again by the next sweep. */
  failed: number;
}

type Due = 'expire' | 'remind';

const dueOfferRows = rows({
  id: 'uuid',
  /** PostgreSQL's own text of the timestamp, to the microsecond. */
  offeredAt: 'text',
});

type DueOffer = RowOf<typeof dueOfferRows.spec>;

/**
 * Handler of `offer.sweep`: the reminders and expiries of open offers (`startup-asked`,
 * `offered`) that are due by `offered_at` and `reminded_at` but did not happen, because Redis
 * lost their delayed jobs (an outage, a flush). It calls the same `OfferFollowUps.remind` and
 * `expire` as those jobs; both re-read the proposal under a row lock and act only when their
 * effect has not happened, so the sweep and a late delayed job never act twice.
 */
@Injectable()
export class OfferFollowUpSweeper {
  private readonly logger = new Logger(OfferFollowUpSweeper.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly followUps: OfferFollowUps,
    @Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig,
    @InjectQueue(QUEUES.offers) private readonly queue: Queue,
  ) {}

  async sweep(): Promise<OfferSweepOutcome> {
    const outcome: OfferSweepOutcome = { reminded: 0, expired: 0, failed: 0 };
    // Expiries first: an offer past both days expires and is not reminded of any more.
    await this.each('expire', (id) => this.followUps.expire(id), outcome);
    // The delayed jobs skip a reminder that would come at or after the expiry; so does the sweep.
    if (this.config.offerReminderDays < this.config.offerExpiryDays) {
      await this.each('remind', (id) => this.followUps.remind(id), outcome);
    }
    if (outcome.reminded + outcome.expired + outcome.failed > 0) {
      this.logger.log(
        `Offer follow-ups whose jobs were lost or late: ${outcome.reminded} reminded, ` +
          `${outcome.expired} expired, ${outcome.failed} failed`,
      );
    }
    return outcome;
  }

  /** Registers the repeating sweep (idempotent: one scheduler however many workers start). */
  async schedule(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SWEEP_JOB,
      { every: SWEEP_EVERY_MS },
      { name: SWEEP_JOB, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  private async each(
    due: Due,
    followUp: (proposalId: string) => Promise<OfferFollowUpOutcome>,
    outcome: OfferSweepOutcome,
  ): Promise<void> {
    let after: DueOffer | null = null;
    for (;;) {
      const batch = await this.dueOffers(due, after);
      for (const { id } of batch) {
        try {
          const result = await followUp(id);
          if (result === 'reminded') outcome.reminded += 1;
          if (result === 'expired') outcome.expired += 1;
        } catch (error) {
          // One broken offer must not hold up the others' follow-ups.
          outcome.failed += 1;
          this.logger.warn(`Offer ${id}: the sweep's ${due} failed: ${String(error)}`);
        }
      }
      const last = batch.at(-1);
      if (!last || batch.length < BATCH) return;
      after = last;
    }
  }

  /**
   * The next batch of open offers due for `due`, in `(offered_at, id)` order after `after`: the
   * order of `match_proposals_open_offer_idx`, and a follow-up that skips its offer does not
   * bring it back in the same sweep.
   */
  private async dueOffers(due: Due, after: DueOffer | null): Promise<DueOffer[]> {
    const { offerReminderDays, offerExpiryDays } = this.config;
    const [condition, days] =
      due === 'expire'
        ? // A mentor offer has its own deadline (a late reminder may have moved it).
          [
            `coalesce(expires_at, offered_at + make_interval(days => $3)) < now()`,
            [offerExpiryDays],
          ]
        : [
            `reminded_at IS NULL AND offered_at < now() - make_interval(days => $3)
             AND offered_at >= now() - make_interval(days => $4)`,
            [offerReminderDays, offerExpiryDays],
          ];
    // offered_at as text: a JavaScript Date would cut its microseconds, and the key would then
    // come before its own row.
    return dueOfferRows.all(
      this.dataSource,
      `SELECT id, offered_at::text AS "offeredAt" FROM match_proposals
       WHERE status IN ('startup-asked', 'offered') AND ${condition}
         AND ($1::timestamptz IS NULL OR (offered_at, id) > ($1::timestamptz, $2::uuid))
       ORDER BY offered_at, id LIMIT ${BATCH}`,
      [after?.offeredAt ?? null, after?.id ?? null, ...days],
    );
  }
}
