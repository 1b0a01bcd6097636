import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JobName, JobPayloads } from '@kohorte/contracts';
import type { Job } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivityRecorder, type NewActivity } from '../activity/activity-recorder';
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
import { mailOffers, type OfferRow, readOffer } from './offer-rows';

const DAY_MS = 24 * 3600 * 1000;
/** A reminder's link works at least this long, even when the offer is about to expire. */
const MIN_REMINDER_LINK_SECONDS = 24 * 3600;
/** Offers of one mentor sent this close together were one email, and are reminded in one. */
const REMINDER_GROUP_SECONDS = 3600;

export type OfferFollowUpOutcome = 'reminded' | 'expired' | 'skipped';

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
    const outboxIds = await this.dataSource.transaction(async (manager) => {
      // Not locked here: remindMentor locks the mentor's whole reminder group in one order.
      const offer = await readOffer(manager, proposalId, false);
      if (offer) return this.remindMentor(manager, offer);
      const introduction = await readIntroduction(manager, proposalId, true);
      if (!introduction) return [];
      return remindIntroduction(this.introductionContext, manager, introduction);
    });
    if (outboxIds.length === 0) return 'skipped';
    await this.mail.dispatch(outboxIds);
    return 'reminded';
  }

  /**
   * An offer still open becomes `expired`: its links are revoked (they answer 410) and the
   * mentor's place is free again (an open offer holds one; it never started a mentorship). An
   * investor pair expires only once its current wait is over.
   */
  expire(proposalId: string): Promise<OfferFollowUpOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const offer = await readOffer(manager, proposalId, true);
      if (offer) return this.expireMentor(manager, offer);
      const introduction = await readIntroduction(manager, proposalId, true);
      if (!introduction) return 'skipped';
      const expired = await expireIntroduction(this.introductionContext, manager, introduction);
      return expired ? 'expired' : 'skipped';
    });
  }

  /**
   * The mentor's reminder: one email for this offer and the mentor's other unanswered,
   * unreminded offers of the same run sent with it (within REMINDER_GROUP_SECONDS), as the first
   * email listed them together; their own reminder jobs then find them reminded and do nothing.
   * Reminders of one mentor take a transaction-scoped advisory lock, then lock the group's rows
   * in id order, so two reminder jobs never split or repeat a group and never deadlock (an accept
   * locks one proposal and then the mentor row, which no reminder holds).
   */
  private async remindMentor(manager: EntityManager, offer: OfferRow): Promise<string[]> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('offer-remind:' || $1))`, [
      offer.mentorId,
    ]);
    const groupIds = (
      (await manager.query(
        `SELECT p.id FROM match_proposals p
         JOIN match_proposals x ON x.id = $1
         WHERE p.run_id = x.run_id AND p.mentor_id = x.mentor_id
           AND p.status = 'offered' AND p.reminded_at IS NULL
           AND (p.id = x.id OR p.offered_at BETWEEN x.offered_at - make_interval(secs => $2)
                                             AND x.offered_at + make_interval(secs => $2))
         ORDER BY p.id FOR UPDATE OF p`,
        [offer.proposalId, REMINDER_GROUP_SECONDS],
      )) as { id: string }[]
    ).map((row) => row.id);
    // Answered, expired or reminded meanwhile (by its own job, a group's or the sweep).
    if (!groupIds.includes(offer.proposalId)) return [];
    const group: OfferRow[] = [];
    for (const id of groupIds) {
      const member = await readOffer(manager, id, false);
      if (member) group.push(member);
    }
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
    return [id];
  }

  private async expireMentor(
    manager: EntityManager,
    offer: OfferRow,
  ): Promise<OfferFollowUpOutcome> {
    if (offer.status !== 'offered') return 'skipped';
    await manager.query(`UPDATE match_proposals SET status = 'expired' WHERE id = $1`, [
      offer.proposalId,
    ]);
    await this.links.revoke(manager, {
      purpose: 'mentor-offer',
      subjectType: 'mentor',
      subjectId: offer.mentorId,
      extraMatch: { proposalId: offer.proposalId },
    });
    await this.activity.record(manager, ...matchEntries(offer, 'expired'));
    return 'expired';
  }
}

/** `match` entries on the startup's and the mentor's timelines; the system acts. */
export function matchEntries(
  offer: OfferRow,
  action: 'offered' | 'reminded' | 'expired',
  actorId: string | null = null,
): NewActivity[] {
  const data = {
    runId: offer.runId,
    cohortId: offer.cohortId,
    cohortName: offer.cohortName,
    proposalId: offer.proposalId,
    startupId: offer.startupId,
    startupName: offer.startupName,
    partnerType: 'mentor',
    partnerId: offer.mentorId,
    partnerName: offer.mentorName,
    score: offer.score,
    action,
  };
  return [
    { subjectType: 'startup', subjectId: offer.startupId, kind: 'match', actorId, data },
    { subjectType: 'mentor', subjectId: offer.mentorId, kind: 'match', actorId, data },
  ];
}
