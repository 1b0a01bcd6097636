import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JobName, JobPayloads } from '@kohorte/contracts';
import type { Job } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivityRecorder } from '../activity/activity-recorder';
import { KOHORTE_CONFIG, type KohorteConfig } from '../config/kohorte-config';
import {
  expireIntroduction,
  type IntroductionFollowUpContext,
  remindIntroduction,
} from '../introductions/introduction-follow-ups';
import { readIntroduction } from '../introductions/introduction-rows';
import { LinkTokens } from '../links/link-tokens';
import { MailOutbox } from '../mail/mail-outbox';
import { JobProducer } from '../queue/job-producer';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import { mailExpiryNotice } from './offer-expiry-notice';
import { NextBestOffer, type NextOffer } from './offer-next-best';
import { mailOffers, type OfferRow, readOffer } from './offer-rows';
import { matchEntries } from './offer-timeline';
import { moveProposals } from '../proposals/proposal-lifecycle';
import { extendOfferDeadlines, offersByRank, reminderGroup } from './offer-queries';

const DAY_MS = 24 * 3600 * 1000;
/**
 * A reminder gives the mentor at least this long: one sent late (after an outage) moves the
 * offer's deadline, so that the deadline the email states is the one that holds.
 */
const MIN_REMINDER_LINK_SECONDS = 24 * 3600;
/** An expiry job may fire this much before the deadline it was scheduled for (clock skew). */
const EXPIRY_TOLERANCE_SECONDS = 5;
/** Offers of one mentor sent this close together were one email, and are reminded in one. */
const REMINDER_GROUP_SECONDS = 3600;

export type OfferFollowUpOutcome = 'reminded' | 'expired' | 'skipped';

/** What an expiry did, and the mails and next offer to send once it is committed. */
interface ExpiryResult {
  outcome: OfferFollowUpOutcome;
  outboxIds: string[];
  next: NextOffer | null;
}

/** An offer whose deadline a late reminder moved: its expiry is scheduled again. */
interface MovedDeadline {
  id: string;
  expiresAt: Date;
}

/**
 * Which wait of a pair the follow-ups are for: the first (a mentor's offer; an investor pair's
 * consent request to the founders) or an investor pair's second, once the investor has the
 * teaser. The second wait's jobs have ids of their own: BullMQ would drop a job whose id the
 * first wait's job still holds.
 */
export type FollowUpWait = 'first' | 'teaser';

/** The BullMQ job ids of an offer's follow-ups (no ':' in BullMQ custom ids). */
export function offerRemindJobId(proposalId: string, wait: FollowUpWait = 'first'): string {
  return `offer.remind.${proposalId}${wait === 'teaser' ? '.teaser' : ''}`;
}
export function offerExpireJobId(proposalId: string, wait: FollowUpWait = 'first'): string {
  return `offer.expire.${proposalId}${wait === 'teaser' ? '.teaser' : ''}`;
}

/**
 * What happens to an unanswered offer: one reminder after OFFER_REMINDER_DAYS and expiry after
 * OFFER_EXPIRY_DAYS, as BullMQ delayed jobs with deterministic ids (enqueued after the offer's
 * commit). Both handlers re-read the proposal under a row lock and act only while it is still
 * open, so a duplicated or late job does nothing.
 *
 * The reminder is a new email through the outbox with a NEW single-use link for the same
 * proposal; once it is sent, the first email's link is revoked (`revokeEarlier`): the newest
 * email is the one that works, and no token is ever stored to repeat a link.
 *
 * An investor pair waits twice, each wait with its own reminder and expiry counted from
 * `offered_at`: for the founders' consent (`startup-asked`, consent emails again), then for the
 * investor's answer (`offered`, the teaser again). See `introductions/introduction-follow-ups`.
 */
@Injectable()
export class OfferFollowUps {
  private readonly logger = new Logger(OfferFollowUps.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
    private readonly mail: MailOutbox,
    private readonly links: LinkTokens,
    private readonly activity: ActivityRecorder,
    private readonly vocabularies: VocabulariesService,
    private readonly nextBest: NextBestOffer,
    @Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig,
  ) {}

  /** How long an offer's first link works: until the offer expires. */
  get offerLinkSeconds(): number {
    return this.config.offerExpiryDays * 24 * 3600;
  }

  /** How long a reminder's link works: until the offer expires, at least a day. */
  private get reminderLinkSeconds(): number {
    const leftSeconds = Math.round(
      ((this.config.offerExpiryDays - this.config.offerReminderDays) * DAY_MS) / 1000,
    );
    return Math.max(MIN_REMINDER_LINK_SECONDS, leftSeconds);
  }

  private get introductionContext(): IntroductionFollowUpContext {
    return {
      mail: this.mail,
      links: this.links,
      activity: this.activity,
      vocabularies: this.vocabularies,
      reminderDays: this.config.offerReminderDays,
      expiryDays: this.config.offerExpiryDays,
      reminderLinkSeconds: this.reminderLinkSeconds,
    };
  }

  /**
   * After the offers' commit: their delayed reminder and expiry jobs (for an investor pair's
   * second wait: `wait = 'teaser'`). Never throws (logs).
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

  /** The offers queue's jobs. */
  handle(job: Job): Promise<OfferFollowUpOutcome> {
    const name = job.name as JobName;
    switch (name) {
      case 'offer.remind':
        return this.remind((job.data as JobPayloads['offer.remind']).proposalId);
      case 'offer.expire':
        return this.expire((job.data as JobPayloads['offer.expire']).proposalId);
      default:
        throw new Error(`The offers queue has no handler for job "${job.name}"`);
    }
  }

  /**
   * One reminder, only while the offer is still open and never twice (an investor pair: once
   * per wait, and only when the wait's reminder is due).
   */
  async remind(proposalId: string): Promise<OfferFollowUpOutcome> {
    const { outboxIds, moved } = await this.dataSource.transaction(async (manager) => {
      // Not locked here: remindMentor locks the mentor's whole reminder group in one order.
      const offer = await readOffer(manager, proposalId, false);
      if (offer) return this.remindMentor(manager, offer);
      const introduction = await readIntroduction(manager, proposalId, true);
      if (!introduction) return { outboxIds: [], moved: [] };
      const ids = await remindIntroduction(this.introductionContext, manager, introduction);
      return { outboxIds: ids, moved: [] };
    });
    if (outboxIds.length === 0) return 'skipped';
    await this.mail.dispatch(outboxIds);
    await this.scheduleMovedExpiries(moved);
    return 'reminded';
  }

  /**
   * An offer still open becomes `expired`: its links are revoked (they answer 410) and the
   * mentor's place is free again (an open offer holds one; it never started a mentorship). An
   * investor pair expires only once its current wait is over.
   */
  async expire(proposalId: string): Promise<OfferFollowUpOutcome> {
    const { outcome, outboxIds, next } = await this.dataSource.transaction(async (manager) => {
      const offer = await readOffer(manager, proposalId, true);
      if (offer) return this.expireMentor(manager, offer);
      const introduction = await readIntroduction(manager, proposalId, true);
      const expired =
        introduction && (await expireIntroduction(this.introductionContext, manager, introduction));
      const outcome: ExpiryResult = {
        outcome: expired ? 'expired' : 'skipped',
        outboxIds: [],
        next: null,
      };
      return outcome;
    });
    if (outboxIds.length > 0) await this.mail.dispatch(outboxIds);
    if (next) await this.schedule([next.proposalId]);
    return outcome;
  }

  /**
   * The mentor's reminder: one email for this offer and the mentor's other unanswered,
   * unreminded offers of the same run sent with it (within REMINDER_GROUP_SECONDS), as the first
   * email listed them together; their own reminder jobs then find them reminded and do nothing.
   * Reminders of one mentor take a transaction-scoped advisory lock, then lock the group's rows
   * in id order, so two reminder jobs never split or repeat a group and never deadlock (an accept
   * locks one proposal and then the mentor row, which no reminder holds).
   */
  private async remindMentor(
    manager: EntityManager,
    offer: OfferRow,
  ): Promise<{ outboxIds: string[]; moved: MovedDeadline[] }> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('offer-remind:' || $1))`, [
      offer.mentorId,
    ]);
    const groupIds = (
      await reminderGroup.all(manager, [offer.proposalId, REMINDER_GROUP_SECONDS])
    ).map((row) => row.id);
    // Answered, expired or reminded meanwhile (by its own job, a group's or the sweep).
    if (!groupIds.includes(offer.proposalId)) return { outboxIds: [], moved: [] };
    const { rows: moved } = await extendOfferDeadlines.write(manager, [
      groupIds,
      MIN_REMINDER_LINK_SECONDS,
    ]);
    // In the first email's order (rank, then name), so that the subject names the same startup.
    const group = await offersByRank.all(manager, [groupIds]);
    const id = await mailOffers(this.mail, manager, group, {
      ttlSeconds: this.reminderLinkSeconds,
      actorId: null,
      reminder: true,
    });
    await manager.query(
      `UPDATE match_proposals SET reminded_at = now() WHERE id = ANY($1::uuid[])`,
      [groupIds],
    );
    await this.activity.record(
      manager,
      ...group.flatMap((member) => matchEntries(member, 'reminded')),
    );
    return { outboxIds: [id], moved };
  }

  /** After a late reminder's commit: the expiries at the deadlines it moved. Never throws (logs). */
  private async scheduleMovedExpiries(moved: readonly MovedDeadline[]): Promise<void> {
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

  /**
   * The offer expires, unless answered or its deadline was moved (a job for the old deadline finds
   * the offer still running). As after a decline, the startup goes to the next-best mentor when
   * the run asks for it; the manager who started the run hears of both by email.
   */
  private async expireMentor(manager: EntityManager, offer: OfferRow): Promise<ExpiryResult> {
    const skipped: ExpiryResult = { outcome: 'skipped', outboxIds: [], next: null };
    if (offer.status !== 'offered') return skipped;
    const expired = await moveProposals(manager, 'expire', { ids: [offer.proposalId] }, 'system', {
      dueWithinSeconds: EXPIRY_TOLERANCE_SECONDS,
    });
    if (expired.length === 0) return skipped;
    await this.links.revoke(manager, {
      purpose: 'mentor-offer',
      subjectType: 'mentor',
      subjectId: offer.mentorId,
      extraMatch: { proposalId: offer.proposalId },
    });
    await this.activity.record(manager, ...matchEntries(offer, 'expired'));
    const next = await this.nextBest.offer(manager, offer, this.offerLinkSeconds);
    const notice = await mailExpiryNotice(this.mail, manager, offer, next);
    const outboxIds = [...(next ? [next.outboxId] : []), ...(notice ? [notice] : [])];
    return { outcome: 'expired', outboxIds, next };
  }
}
