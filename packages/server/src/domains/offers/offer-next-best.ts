import { Injectable } from '@nestjs/common';
import type { MatchingParameters } from '@kohorte/contracts';
import { type MentorProfile, scoreMentor } from '@kohorte/matching';
import type { EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { MailOutbox } from '../mail/index';
import { engineVocabulary, loadRunInputs } from '../matching/index';
import { VocabulariesService } from '../vocabularies/index';
import { matchEntries } from './offer-timeline';
import { mailOffer, type OfferRow, readOffer } from './offer-rows';
import { addProposal } from '../proposals/index';
import { mentorPairsOfRun, nextRankOfStartup, runOfDeclinedOffer } from './offer-queries';

/** Proposals that hold a mentor's place in their run until answered. */
const OPEN_IN_RUN = ['approved', 'offered'];

/** The run's decline policy (`MatchingParameters.offerNextOnDecline`); runs stored before it existed offer the next best. */
export function offersNextOnDecline(parameters: Partial<MatchingParameters> | null): boolean {
  return parameters?.offerNextOnDecline !== false;
}

/** A new offer made in place of a declined one; dispatch its mail and schedule its follow-ups. */
export interface NextOffer {
  proposalId: string;
  mentorId: string;
  mentorName: string;
  outboxId: string;
}

/**
 * After a decline: offers the startup to the next-best mentor of the cohort's pool, re-scored as
 * the run scored (its weights and minimum). Never a mentor who declined this startup before
 * (declined proposals and the reject rules a decline writes), who is already its mentor, or who
 * already has a proposal for it in this run; only a mentor with a free place once live
 * mentorships and open offers (of every run) are counted.
 */
@Injectable()
export class NextBestOffer {
  constructor(
    private readonly vocabularies: VocabulariesService,
    private readonly mail: MailOutbox,
    private readonly activity: TimelineRecorder,
  ) {}

  /** In the decline's transaction: the new proposal (`offered`), its mail and timeline; null when nobody fits. */
  async offer(
    manager: EntityManager,
    declined: OfferRow,
    linkSeconds: number,
  ): Promise<NextOffer | null> {
    const [run] = await runOfDeclinedOffer.all(manager, [declined.runId]);
    if (!run || run.kind !== 'mentors' || !offersNextOnDecline(run.parameters)) return null;
    const vocabulary = engineVocabulary(await this.vocabularies.list());
    const inputs = await loadRunInputs(manager, vocabulary, run, [declined.startupId]);
    const [startup] = inputs.startups;
    if (!startup) return null;
    const rows = await mentorPairsOfRun.all(manager, [run.id]);
    const taken = new Map<string, number>();
    const blocked = new Set([
      declined.mentorId,
      ...inputs.excluded.map((pair) => pair.partnerId),
      ...inputs.rejected.map((pair) => pair.partnerId),
    ]);
    for (const row of rows) {
      if (OPEN_IN_RUN.includes(row.status)) {
        taken.set(row.mentorId, (taken.get(row.mentorId) ?? 0) + 1);
      }
      if (row.startupId === declined.startupId && row.status !== 'withdrawn') {
        blocked.add(row.mentorId);
      }
    }
    let best: { mentorId: string; name: string; score: number; parts: unknown } | null = null;
    for (const partner of inputs.partners) {
      const profile = partner.profile as MentorProfile;
      if (blocked.has(profile.id) || profile.capacity - (taken.get(profile.id) ?? 0) <= 0) continue;
      const fit = scoreMentor(startup, profile, run.parameters.weights, vocabulary);
      if (!fit.feasible || fit.score < run.parameters.minScore) continue;
      // Partners come sorted by name: the first of equal scores wins.
      if (!best || fit.score > best.score) {
        best = { mentorId: profile.id, name: partner.name, score: fit.score, parts: fit.parts };
      }
    }
    if (!best) return null;
    const { rank } = await nextRankOfStartup.one(manager, [run.id, declined.startupId]);
    // A mentor withdrawn from this startup earlier in the run comes back by reviving that row.
    const insertedId = await addProposal(
      manager,
      {
        runId: run.id,
        cohortId: run.cohortId,
        startupId: declined.startupId,
        partner: 'mentor',
        partnerId: best.mentorId,
        score: best.score,
        parts: best.parts,
        rank,
      },
      'offered',
      { deadlineSeconds: linkSeconds },
    );
    if (!insertedId) return null;
    const offer = (await readOffer(manager, insertedId, false)) as OfferRow;
    const outboxId = await mailOffer(this.mail, manager, offer, {
      ttlSeconds: linkSeconds,
      actorId: null,
    });
    await this.activity.record(manager, ...matchEntries(offer, 'offered'));
    return {
      proposalId: offer.proposalId,
      mentorId: offer.mentorId,
      mentorName: offer.mentorName,
      outboxId,
    };
  }
}
