import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import {
  expireIntroduction,
  type IntroductionFollowUpContext,
  remindIntroduction,
} from '../introductions/index';
import { readIntroduction } from '../introductions/index';
import { LinkTokens } from '../../infra/links/link-tokens';
import { MailOutbox } from '../mail/index';
import { moveProposals } from '../proposals/index';
import type { JobHandlers } from '../../infra/queue/job-handlers';
import {
  MIN_REMINDER_LINK_SECONDS,
  type MovedDeadline,
  ProposalFollowUps,
} from '../proposals/index';
import { VocabulariesService } from '../vocabularies/index';
import { mailExpiryNotice } from './offer-expiry-notice';
import { NextBestOffer, type NextOffer } from './offer-next-best';
import { mailOffers, type OfferRow, readOffer } from './offer-rows';
import { matchEntries } from './offer-timeline';
import {
  extendOfferDeadlines,
  lockMentorReminders,
  markOffersReminded,
  offersByRank,
  reminderGroup,
} from './offer-queries';

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

/**
 * What happens to an unanswered offer: one reminder after OFFER_REMINDER_DAYS and expiry after
 * OFFER_EXPIRY_DAYS, as BullMQ delayed jobs with deterministic ids (scheduled after the offer's
 * commit by `ProposalFollowUps`, which every wait's start uses). Both handlers re-read the proposal under a row lock and act only while it is still
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
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ProposalFollowUps,
    private readonly mail: MailOutbox,
    private readonly links: LinkTokens,
    private readonly activity: TimelineRecorder,
    private readonly vocabularies: VocabulariesService,
    private readonly nextBest: NextBestOffer,
  ) {}

  private get introductionContext(): IntroductionFollowUpContext {
    return {
      mail: this.mail,
      links: this.links,
      activity: this.activity,
      vocabularies: this.vocabularies,
      reminderDays: this.clock.days.reminder,
      expiryDays: this.clock.days.expiry,
      reminderLinkSeconds: this.clock.reminderLinkSeconds,
    };
  }

  /** The follow-up jobs of the offers queue, by name. */
  readonly handlers: JobHandlers<'offer.remind' | 'offer.expire'> = {
    'offer.remind': ({ proposalId }) => this.remind(proposalId),
    'offer.expire': ({ proposalId }) => this.expire(proposalId),
  };

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
    await this.clock.scheduleMovedExpiries(moved);
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
    if (next) await this.clock.schedule([next.proposalId]);
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
    await lockMentorReminders.run(manager, [offer.mentorId]);
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
      ttlSeconds: this.clock.reminderLinkSeconds,
      actorId: null,
      reminder: true,
    });
    await markOffersReminded.run(manager, [groupIds]);
    await this.activity.record(
      manager,
      ...group.flatMap((member) => matchEntries(member, 'reminded')),
    );
    return { outboxIds: [id], moved };
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
    const next = await this.nextBest.offer(manager, offer, this.clock.offerLinkSeconds);
    const notice = await mailExpiryNotice(this.mail, manager, offer, next);
    const outboxIds = [...(next ? [next.outboxId] : []), ...(notice ? [notice] : [])];
    return { outcome: 'expired', outboxIds, next };
  }
}
