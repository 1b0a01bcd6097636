import { Injectable } from '@nestjs/common';
import type {
  DeclineOfferRequest,
  MatchPairTimelineData,
  MentorOfferAnswer,
  MentorOfferView,
  MentorshipTimelineData,
  SendOffersResult,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder, type NewTimelineEntry } from '../timeline/index';
import { fieldConflict } from '../../infra/errors/conflict';
import type { LinkCaller } from '../founder-profile/index';
import { LinkFailedError, LinkGate } from '../../infra/links/link-gate';
import type { LinkGrant } from '../../infra/links/link-tokens';
import { MailOutbox } from '../mail/index';
import { runNotFound } from '../matching/index';
import { VocabulariesService } from '../vocabularies/index';
import { mailIntroductions } from './offer-introductions';
import { type NextOffer, NextBestOffer } from './offer-next-best';
import { groupByMentor, mailOffers, mentorLocale, type OfferRow } from './offer-rows';
import { moveProposals } from '../proposals/index';
import {
  insertMatchMentorship,
  liveMentees,
  liveMentorshipCount,
  lockedMentorCapacity,
  lockedOfferOfMentor,
  lockedRunToOffer,
  mentorCapacityAndStart,
  offerOfMentor,
  offersByMentor,
} from './offer-queries';
import { upsertPairRule } from '../matching/index';
import { ProposalFollowUps } from '../proposals/index';

export { mentorLocale } from './offer-rows';

/** Who answers through an offer link, as the timeline names them. */
export const MENTOR_ACTOR_LABEL = 'mentor';

/**
 * Mentor offers by email: a manager sends a run's approved proposals as offers (one email per
 * mentor listing their startups, with a single-use link per offer), and the mentor answers each
 * through its link without an account. Accepting locks the mentor's row and re-counts their live mentorships in the same
 * transaction, so racing accepts for the last place give exactly one acceptance.
 */
@Injectable()
export class MentorOffersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: LinkGate,
    private readonly mail: MailOutbox,
    private readonly activity: TimelineRecorder,
    private readonly vocabularies: VocabulariesService,
    private readonly followUps: ProposalFollowUps,
    private readonly nextBest: NextBestOffer,
  ) {}

  /**
   * Offers every approved proposal of a finished mentor run: each becomes `offered`, and each
   * mentor gets one email listing their startups, each with its own link (single use, issued when
   * the mail is sent, working until the offer expires: OFFER_EXPIRY_DAYS). After the commit the mails are queued, and each offer's delayed
   * reminder and expiry jobs (ProposalFollowUps). 404 for an unknown run; 409 when it is not done
   * or not a mentor run.
   */
  async send(runId: string, actorId: string | null): Promise<SendOffersResult> {
    const { result, outboxIds, ids } = await this.dataSource.transaction(async (manager) => {
      const [run] = await lockedRunToOffer.all(manager, [runId]);
      if (!run) throw runNotFound(runId);
      if (run.status !== 'done') {
        throw fieldConflict(
          'status',
          `The run is ${run.status}: only a finished run's proposals are offered`,
        );
      }
      if (run.kind !== 'mentors') {
        throw fieldConflict('kind', 'Only a mentor run’s proposals are offered by email so far');
      }
      const ids = await moveProposals(
        manager,
        'offerToMentor',
        { runId, partner: 'mentor' },
        'manager',
        { deadlineSeconds: this.followUps.offerLinkSeconds },
      );
      if (ids.length === 0) {
        return { result: { offered: 0, emails: 0, skipped: [] }, outboxIds: [], ids: [] };
      }
      const offers = await offersByMentor.all(manager, [ids]);
      // One email per mentor, listing their startups (the rows are ordered by mentor).
      const outboxIds: string[] = [];
      for (const mentorOffers of groupByMentor(offers)) {
        outboxIds.push(
          await mailOffers(this.mail, manager, mentorOffers, {
            ttlSeconds: this.followUps.offerLinkSeconds,
            actorId,
          }),
        );
      }
      await this.activity.record(
        manager,
        ...offers.flatMap((offer): NewTimelineEntry[] => {
          const data: MatchPairTimelineData = {
            runId: run.id,
            cohortId: run.cohortId,
            cohortName: run.cohortName,
            proposalId: offer.proposalId,
            startupId: offer.startupId,
            startupName: offer.startupName,
            partnerType: 'mentor',
            partnerId: offer.mentorId,
            partnerName: offer.mentorName,
            score: offer.score,
            action: 'offered',
          };
          return [
            { subjectType: 'startup', subjectId: offer.startupId, kind: 'match', actorId, data },
            { subjectType: 'mentor', subjectId: offer.mentorId, kind: 'match', actorId, data },
          ];
        }),
      );
      return {
        result: { offered: offers.length, emails: outboxIds.length, skipped: [] },
        outboxIds,
        ids,
      };
    });
    await this.mail.dispatch(outboxIds);
    await this.followUps.schedule(ids);
    return result;
  }

  /** What the link offers. Changes nothing: mail scanners and previews open links. */
  async view(caller: LinkCaller): Promise<MentorOfferView> {
    const grant = await this.gate.open(caller.token, 'mentor-offer', caller.ip);
    const manager = this.dataSource.manager;
    const offer = await this.offerOf(manager, grant, false);
    const mentees = await liveMentees.all(manager, [offer.mentorId]);
    const { capacity, availableFrom } = await mentorCapacityAndStart.one(manager, [offer.mentorId]);
    const stage = offer.stage
      ? ((await this.vocabularies.list()).stages.find((term) => term.key === offer.stage) ?? null)
      : null;
    return {
      locale: mentorLocale(offer.mentorLanguages),
      mentor: { name: offer.mentorName, capacity, mentees, availableFrom },
      startup: {
        name: offer.startupName,
        oneLiner: offer.oneLiner,
        stage: stage
          ? { key: stage.key, labelDe: stage.labelDe, labelEn: stage.labelEn }
          : offer.stage
            ? { key: offer.stage, labelDe: offer.stage, labelEn: offer.stage }
            : null,
      },
      cohort: { name: offer.cohortName },
      reasons: offer.parts
        .filter((part) => part.points > 0)
        .map((part) => ({ de: part.reason.de, en: part.reason.en })),
      linkExpiresAt: grant.expiresAt.toISOString(),
    };
  }

  /**
   * Accepts the offer: spends the link, locks the mentor's row and re-counts their live
   * mentorships. With a free place: the proposal is `accepted` and a live mentorship (`match`)
   * starts, and the mentor and the startup's founders get introduction emails (queued after the
   * commit). Without: 409 "this mentor is now full", and nothing changes (the link still works).
   */
  async accept(caller: LinkCaller): Promise<MentorOfferAnswer> {
    const { answer, outboxIds } = await this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'mentor-offer', caller.ip);
      const offer = await this.offerOf(manager, grant, true);
      const mentor = await lockedMentorCapacity.one(manager, [offer.mentorId]);
      // Read after the lock: READ COMMITTED gives this statement the latest committed mentorships.
      const { load } = await liveMentorshipCount.one(manager, [offer.mentorId]);
      if (load >= mentor.capacity) {
        // Thrown inside the transaction: the link is not spent and the offer stays open.
        throw fieldConflict(
          'capacity',
          `This mentor is now full: all ${mentor.capacity} places are taken, so the offer cannot be accepted now`,
        );
      }
      const inserted = await insertMatchMentorship.all(manager, [
        offer.cohortId,
        offer.startupId,
        offer.mentorId,
      ]);
      await moveProposals(manager, 'accept', { ids: [offer.proposalId] }, 'mentor');
      const entries = this.answerEntries(offer, 'accepted', null, null);
      const [mentorship] = inserted;
      if (mentorship) {
        const data: MentorshipTimelineData = {
          mentorshipId: mentorship.id,
          cohortId: offer.cohortId,
          cohortName: offer.cohortName,
          startupId: offer.startupId,
          startupName: offer.startupName,
          mentorId: offer.mentorId,
          mentorName: offer.mentorName,
          source: 'match',
          action: 'assigned',
        };
        const common = {
          kind: 'mentorship' as const,
          actorId: null,
          actorLabel: MENTOR_ACTOR_LABEL,
          data,
        };
        entries.push(
          { ...common, subjectType: 'startup', subjectId: offer.startupId },
          { ...common, subjectType: 'mentor', subjectId: offer.mentorId },
        );
      }
      await this.activity.record(manager, ...entries);
      const outboxIds = await mailIntroductions(this.mail, manager, offer);
      const answer: MentorOfferAnswer = { status: 'accepted', startupName: offer.startupName };
      return { answer, outboxIds };
    });
    await this.mail.dispatch(outboxIds);
    return answer;
  }

  /**
   * Declines the offer (optionally saying why): the proposal is `declined` and a reject rule keeps
   * the pair out of later runs. Unless the run's parameters say `offerNextOnDecline: false`, the
   * startup is offered to the next-best mentor in the same transaction (NextBestOffer); its mail
   * and follow-ups are queued after the commit.
   */
  async decline(caller: LinkCaller, request: DeclineOfferRequest): Promise<MentorOfferAnswer> {
    const { answer, next } = await this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'mentor-offer', caller.ip);
      const offer = await this.offerOf(manager, grant, true);
      await moveProposals(manager, 'decline', { ids: [offer.proposalId] }, 'mentor');
      await upsertPairRule.mentors.run(manager, [
        offer.cohortId,
        offer.startupId,
        offer.mentorId,
        'reject',
        null,
      ]);
      const note = request.note?.trim() || null;
      await this.activity.record(
        manager,
        ...this.answerEntries(offer, 'declined', request.reason ?? null, note),
      );
      const next: NextOffer | null = await this.nextBest.offer(
        manager,
        offer,
        this.followUps.offerLinkSeconds,
      );
      const answer: MentorOfferAnswer = { status: 'declined', startupName: offer.startupName };
      return { answer, next };
    });
    if (next) {
      await this.mail.dispatch([next.outboxId]);
      await this.followUps.schedule([next.proposalId]);
    }
    return answer;
  }

  /** The proposal the link is for, while it is still offered; otherwise the link no longer works. */
  private async offerOf(
    manager: EntityManager,
    grant: LinkGrant,
    lock: boolean,
  ): Promise<OfferRow> {
    const proposalId = grant.extra.proposalId;
    if (typeof proposalId !== 'string') throw new LinkFailedError('unknown');
    const [offer] = await (lock ? lockedOfferOfMentor : offerOfMentor).all(manager, [
      proposalId,
      grant.subjectId,
    ]);
    if (!offer) throw new LinkFailedError('unknown');
    // Withdrawn, expired or answered some other way since the email: the link was replaced.
    if (offer.status !== 'offered') throw new LinkFailedError('revoked');
    return offer;
  }

  private answerEntries(
    offer: OfferRow,
    answer: 'accepted' | 'declined',
    reason: string | null,
    note: string | null,
  ): NewTimelineEntry[] {
    const data = {
      runId: offer.runId,
      cohortId: offer.cohortId,
      cohortName: offer.cohortName,
      proposalId: offer.proposalId,
      startupId: offer.startupId,
      startupName: offer.startupName,
      mentorId: offer.mentorId,
      mentorName: offer.mentorName,
      answer,
      ...(reason ? { reason } : {}),
    };
    const common = {
      kind: 'answer' as const,
      actorId: null,
      actorLabel: MENTOR_ACTOR_LABEL,
      body: note,
      data,
    };
    return [
      { ...common, subjectType: 'startup', subjectId: offer.startupId },
      { ...common, subjectType: 'mentor', subjectId: offer.mentorId },
    ];
  }
}
