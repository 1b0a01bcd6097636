import { Inject, Injectable, Logger } from '@nestjs/common';
import { KOHORTE_CONFIG, type KohorteConfig } from '../../infra/config/kohorte-config';
import { JobProducer } from '../../infra/queue/job-producer';

const DAY_MS = 24 * 3600 * 1000;

/**
 * A reminder gives the partner at least this long: one sent late (after an outage) moves the
 * offer's deadline, so that the deadline the email states is the one that holds.
 */
export const MIN_REMINDER_LINK_SECONDS = 24 * 3600;

/**
 * Which wait of a pair the follow-ups are for: the first (a mentor's offer; an investor pair's
 * consent request to the founders) or an investor pair's second, once the investor has the
 * teaser. The second wait's jobs have ids of their own: BullMQ would drop a job whose id the
 * first wait's job still holds.
 */
export type FollowUpWait = 'first' | 'teaser';

/** The BullMQ job ids of a waiting proposal's follow-ups (no ':' in BullMQ custom ids). */
export function offerRemindJobId(proposalId: string, wait: FollowUpWait = 'first'): string {
  return `offer.remind.${proposalId}${wait === 'teaser' ? '.teaser' : ''}`;
}
export function offerExpireJobId(proposalId: string, wait: FollowUpWait = 'first'): string {
  return `offer.expire.${proposalId}${wait === 'teaser' ? '.teaser' : ''}`;
}

/** A waiting proposal whose deadline a late reminder moved: its expiry is scheduled again. */
export interface MovedDeadline {
  id: string;
  expiresAt: Date;
}

/**
 * The clock of a proposal that waits for an answer (`offered`, `startup-asked`): how long its
 * links work, and its reminder and expiry as BullMQ delayed jobs with deterministic ids, enqueued
 * after the transition's commit. Offers (mentors) and introductions (investors) both start waits;
 * the jobs' handler is `OfferFollowUps` (offers), which hands an investor pair to
 * `introductions/introduction-follow-ups`.
 */
@Injectable()
export class ProposalFollowUps {
  private readonly logger = new Logger(ProposalFollowUps.name);

  constructor(
    private readonly jobs: JobProducer,
    @Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig,
  ) {}

  /** How long an offer's first link works: until the offer expires. */
  get offerLinkSeconds(): number {
    return this.config.offerExpiryDays * 24 * 3600;
  }

  /** How long a reminder's link works: until the offer expires, at least a day. */
  get reminderLinkSeconds(): number {
    const leftSeconds = Math.round(
      ((this.config.offerExpiryDays - this.config.offerReminderDays) * DAY_MS) / 1000,
    );
    return Math.max(MIN_REMINDER_LINK_SECONDS, leftSeconds);
  }

  /** Days from the start of a wait to its reminder and to its expiry. */
  get days(): { reminder: number; expiry: number } {
    return { reminder: this.config.offerReminderDays, expiry: this.config.offerExpiryDays };
  }

  /**
   * After the transition's commit: the delayed reminder and expiry jobs of each proposal (for an
   * investor pair's second wait: `wait = 'teaser'`). Never throws (logs).
   */
  async schedule(proposalIds: string[], wait: FollowUpWait = 'first'): Promise<void> {
    const remindMs = this.config.offerReminderDays * DAY_MS;
    const expireMs = this.config.offerExpiryDays * DAY_MS;
    for (const proposalId of proposalIds) {
      try {
        // A reminder due at or after the expiry would remind of a dead offer.
        if (remindMs < expireMs) {
          await this.jobs.enqueue(
            'offer.remind',
            { proposalId },
            offerRemindJobId(proposalId, wait),
            { delayMs: remindMs },
          );
        }
        await this.jobs.enqueue(
          'offer.expire',
          { proposalId },
          offerExpireJobId(proposalId, wait),
          { delayMs: expireMs },
        );
      } catch (error) {
        this.logger.warn(`Follow-ups of offer ${proposalId} not queued: ${String(error)}`);
      }
    }
  }

  /** After a late reminder's commit: the expiries at the deadlines it moved. Never throws (logs). */
  async scheduleMovedExpiries(moved: readonly MovedDeadline[]): Promise<void> {
    for (const { id, expiresAt } of moved) {
      try {
        await this.jobs.enqueue(
          'offer.expire',
          { proposalId: id },
          `${offerExpireJobId(id)}.moved`,
          {
            delayMs: Math.max(0, expiresAt.getTime() - Date.now()),
          },
        );
      } catch (error) {
        // The sweep expires it then, a few minutes late at most.
        this.logger.warn(`Moved expiry of offer ${id} not queued: ${String(error)}`);
      }
    }
  }
}
