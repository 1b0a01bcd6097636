import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JobName, JobPayloads } from '@kohorte/contracts';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { ActivityRecorder, type NewActivity } from '../activity/activity-recorder';
import { KOHORTE_CONFIG, type KohorteConfig } from '../config/kohorte-config';
import { LinkTokens } from '../links/link-tokens';
import { MailOutbox } from '../mail/mail-outbox';
import { JobProducer } from '../queue/job-producer';
import { mailOffer, type OfferRow, readOffer } from './offer-rows';

const DAY_MS = 24 * 3600 * 1000;
/** A reminder's link works at least this long, even when the offer is about to expire. */
const MIN_REMINDER_LINK_SECONDS = 24 * 3600;

export type OfferFollowUpOutcome = 'reminded' | 'expired' | 'skipped';

/** The BullMQ job ids of an offer's follow-ups (no ':' in BullMQ custom ids). */
export function offerRemindJobId(proposalId: string): string {
  return `offer.remind.${proposalId}`;
}
export function offerExpireJobId(proposalId: string): string {
  return `offer.expire.${proposalId}`;
}

/**
 * What happens to an unanswered mentor offer: one reminder after OFFER_REMINDER_DAYS and expiry
 * after OFFER_EXPIRY_DAYS, as BullMQ delayed jobs with deterministic ids (enqueued after the
 * offer's commit). Both handlers re-read the proposal under a row lock and act only while it is
 * still `offered`, so a duplicated or late job does nothing.
 *
 * The reminder is a new email through the outbox with a NEW single-use link for the same
 * proposal; once it is sent, the first email's link is revoked (`revokeEarlier`): the newest
 * email is the one that works, and no token is ever stored to repeat a link.
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
    @Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig,
  ) {}

  /** How long an offer's first link works: until the offer expires. */
  get offerLinkSeconds(): number {
    return this.config.offerExpiryDays * 24 * 3600;
  }

  /** After the offers' commit: their delayed reminder and expiry jobs. Never throws (logs). */
  async schedule(proposalIds: string[]): Promise<void> {
    const remindMs = this.config.offerReminderDays * DAY_MS;
    const expireMs = this.config.offerExpiryDays * DAY_MS;
    for (const proposalId of proposalIds) {
      try {
        // A reminder due at or after the expiry would remind of a dead offer.
        if (remindMs < expireMs) {
          await this.jobs.enqueue('offer.remind', { proposalId }, offerRemindJobId(proposalId), {
            delayMs: remindMs,
          });
        }
        await this.jobs.enqueue('offer.expire', { proposalId }, offerExpireJobId(proposalId), {
          delayMs: expireMs,
        });
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

  /** One reminder email, only while the offer is still `offered` and never twice. */
  async remind(proposalId: string): Promise<OfferFollowUpOutcome> {
    const outboxId = await this.dataSource.transaction(async (manager) => {
      const offer = await readOffer(manager, proposalId, true);
      if (!offer || offer.status !== 'offered') return null;
      const [sent] = (await manager.query(`SELECT 1 FROM mail_outbox WHERE key = $1`, [
        `mentor-offer-reminder.${proposalId}`,
      ])) as unknown[];
      if (sent) return null;
      const leftSeconds = Math.round(
        ((this.config.offerExpiryDays - this.config.offerReminderDays) * DAY_MS) / 1000,
      );
      const id = await mailOffer(this.mail, manager, offer, {
        ttlSeconds: Math.max(MIN_REMINDER_LINK_SECONDS, leftSeconds),
        actorId: null,
        reminder: true,
      });
      await manager.query(`UPDATE match_proposals SET reminded_at = now() WHERE id = $1`, [
        proposalId,
      ]);
      await this.activity.record(manager, ...matchEntries(offer, 'reminded'));
      return id;
    });
    if (!outboxId) return 'skipped';
    await this.mail.dispatch([outboxId]);
    return 'reminded';
  }

  /**
   * An offer still `offered` becomes `expired`: its links are revoked (they answer 410) and the
   * mentor's place is free again (an open offer holds one; it never started a mentorship).
   */
  expire(proposalId: string): Promise<OfferFollowUpOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const offer = await readOffer(manager, proposalId, true);
      if (!offer || offer.status !== 'offered') return 'skipped';
      await manager.query(`UPDATE match_proposals SET status = 'expired' WHERE id = $1`, [
        proposalId,
      ]);
      await this.links.revoke(manager, {
        purpose: 'mentor-offer',
        subjectType: 'mentor',
        subjectId: offer.mentorId,
        extraMatch: { proposalId },
      });
      await this.activity.record(manager, ...matchEntries(offer, 'expired'));
      return 'expired';
    });
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
