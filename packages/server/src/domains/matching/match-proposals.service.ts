import { Injectable } from '@nestjs/common';
import {
  type ListProposalsQuery,
  type MatchingRun,
  type MatchingRunProposals,
  type MatchProposal,
  type PartnerLoad,
  type ProposalAlternative,
  reasonError,
  type StartupProposals,
  type SwapProposalRequest,
} from '@kohorte/contracts';
import {
  type InvestorProfile,
  type MentorProfile,
  scoreInvestor,
  scoreMentor,
} from '@kohorte/matching';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { conflictFields, fieldConflict } from '../../infra/errors/conflict';
import { VocabulariesService } from '../vocabularies/index';
import {
  proposalNotFound,
  type ProposalWithNames,
  readProposals,
  readRun,
  readShortfalls,
  runNotFound,
  withoutNames,
} from './matching-rows';
import { type MatchAction, type PairFacts, recordDecisions } from './match-timeline';
import { engineVocabulary, loadRunInputs } from './run-inputs';
import { addProposal, moveProposals } from '../proposals/index';
import {
  deletePairPin,
  lockedProposalToDecide,
  upsertPairRule,
  lockedRunToDecide,
  pinProposal,
  proposalToDecide,
  rankOfProposal,
  runToDecide,
  withdrawnConsentProposals,
} from './matching-queries';
import { theOne } from '../../infra/database/typed-query';

/** Proposals a manager can still decide on. */
const OPEN = ['proposed', 'approved'];
/** This run's proposals that take one of the partner's places until they are answered. */
const HOLDING_A_PLACE = ['proposed', 'approved', 'startup-asked', 'offered'];
/** Alternatives listed for a swap. */
const ALTERNATIVES = 5;

interface LockedRun {
  id: string;
  cohortId: string;
  cohortName: string;
  kind: MatchingRun['kind'];
  status: MatchingRun['status'];
  parameters: MatchingRun['parameters'];
}

interface LockedProposal {
  id: string;
  runId: string;
  startupId: string;
  partnerId: string;
  status: string;
  score: string;
}

/** A run's proposals and the decisions on them: approve, reject, pin, swap. */
@Injectable()
export class MatchProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
    private readonly vocabularies: VocabulariesService,
  ) {}

  /** Per startup its proposals (open ones and decided ones), and per partner the load against capacity. */
  async list(runId: string, query: ListProposalsQuery = {}): Promise<MatchingRunProposals> {
    const manager = this.dataSource.manager;
    const run = await readRun(manager, runId);
    const proposals = await readProposals(manager, { runId });
    const shortfalls = new Map((await readShortfalls(manager, runId)).map((s) => [s.startupId, s]));
    const inputs = await loadRunInputs(manager, {}, run);
    const groups = new Map<string, StartupProposals>();
    for (const [id, name] of inputs.startupNames) {
      groups.set(id, { startup: { id, name }, proposals: [], shortfall: null });
    }
    for (const proposal of proposals) {
      const group = groups.get(proposal.startupId) ?? {
        startup: { id: proposal.startupId, name: proposal.startupName },
        proposals: [],
        shortfall: null,
      };
      group.proposals.push(withoutNames(proposal));
      groups.set(proposal.startupId, group);
    }
    for (const [startupId, group] of groups) {
      const shortfall = shortfalls.get(startupId);
      if (shortfall) {
        const { startupId: _id, ...rest } = shortfall;
        group.shortfall = rest;
      }
    }
    const k = run.parameters.k;
    const open = (group: StartupProposals) =>
      group.proposals.filter((proposal) => OPEN.includes(proposal.status));
    let startups = [...groups.values()];
    if (run.status !== 'done') startups = startups.filter((group) => group.proposals.length > 0);
    if (query.unmatched) startups = startups.filter((group) => open(group).length < k);
    if (query.lowScore !== undefined) {
      const below = query.lowScore;
      startups = startups.filter((group) => open(group).some((p) => p.score < below));
    }
    return { run, startups, load: partnerLoad(run.kind, inputs.partners, proposals) };
  }

  /** Approves every proposed pair of the run, or only `proposalIds`; returns the approved ones. */
  async approve(
    runId: string,
    proposalIds: string[] | undefined,
    actorId: string | null,
  ): Promise<MatchProposal[]> {
    return this.dataSource.transaction(async (manager) => {
      const run = await lockRun(manager, runId);
      if (proposalIds) {
        const found = await readProposals(manager, { ids: proposalIds });
        const byId = new Map(found.map((p) => [p.id, p]));
        const missing = proposalIds
          .map((id, index) => ({ id, index }))
          .filter(({ id }) => byId.get(id)?.runId !== runId);
        if (missing.length > 0) {
          throw invalidFields(
            missing.map(({ id, index }) => ({
              field: `proposalIds.${index}`,
              messages: [`The run has no proposal ${id}`],
            })),
          );
        }
        const closed = proposalIds
          .map((id, index) => ({ proposal: byId.get(id)!, index }))
          .filter(({ proposal }) => !['proposed', 'approved'].includes(proposal.status));
        if (closed.length > 0) {
          throw conflictFields(
            closed.map(({ proposal, index }) => ({
              field: `proposalIds.${index}`,
              messages: [
                `The proposal of ${proposal.partner.name} for ${proposal.startupName} is ${proposal.status}`,
              ],
            })),
          );
        }
      }
      if (run.kind === 'investors') await refuseWithdrawnConsent(manager, runId, proposalIds);
      const ids = await moveProposals(
        manager,
        'approve',
        { runId, ids: proposalIds ?? null },
        'manager',
        { actorId },
      );
      if (ids.length === 0) return [];
      const approved = await readProposals(manager, { ids });
      await this.record(manager, run, approved, 'approved', actorId);
      return approved.map(withoutNames);
    });
  }

  /** Rejects a pair: it leaves this run, and a `reject` rule keeps it out of the cohort's next runs. */
  reject(proposalId: string, actorId: string | null): Promise<MatchProposal> {
    return this.decide(proposalId, actorId, 'rejected', async (manager, run, proposal) => {
      await moveProposals(manager, 'reject', { ids: [proposal.id] }, 'manager', { actorId });
      await upsertRule(manager, run, proposal, 'reject', actorId);
    });
  }

  /** Pins a pair: a `pin` rule puts it into the cohort's next runs as well. */
  pin(proposalId: string, actorId: string | null): Promise<MatchProposal> {
    return this.decide(proposalId, actorId, 'pinned', async (manager, run, proposal) => {
      await pinProposal.run(manager, [proposal.id]);
      await upsertRule(manager, run, proposal, 'pin', actorId);
    });
  }

  /** The next-best partners for the proposal's startup that have a place left, best first. */
  async alternatives(proposalId: string, limit = ALTERNATIVES): Promise<ProposalAlternative[]> {
    const manager = this.dataSource.manager;
    const proposal = await findProposal(manager, proposalId, false);
    const run = await lockRun(manager, proposal.runId, false);
    return this.candidates(manager, run, proposal, limit);
  }

  /**
   * Replaces the proposal's partner by another candidate (one that `alternatives` lists): the old
   * proposal is withdrawn, the new one proposed with its own score and explanation.
   */
  async swap(
    proposalId: string,
    request: SwapProposalRequest,
    actorId: string | null,
  ): Promise<MatchProposal> {
    return this.dataSource.transaction(async (manager) => {
      const found = await findProposal(manager, proposalId, false);
      const run = await lockRun(manager, found.runId);
      const proposal = await findProposal(manager, proposalId, true);
      const field = run.kind === 'mentors' ? 'mentorId' : 'investorId';
      const partnerId = run.kind === 'mentors' ? request.mentorId : request.investorId;
      const other = run.kind === 'mentors' ? 'investorId' : 'mentorId';
      if (request[other] !== undefined) {
        throw invalidFields([
          {
            field: other,
            messages: [`${other} does not apply to a ${run.kind} run; send ${field}`],
          },
        ]);
      }
      if (!partnerId) throw invalidFields([{ field, messages: [`${field} must be given`] }]);
      checkOpen(proposal);
      const candidates = await this.candidates(manager, run, proposal, Infinity);
      const chosen = candidates.find((candidate) => candidate.partner.id === partnerId);
      if (!chosen) {
        throw fieldConflict(
          field,
          `${partnerId} cannot take this place: not in the run, no free place, excluded, already proposed for this startup or below the run's minimum score`,
        );
      }
      await moveProposals(manager, 'withdraw', { ids: [proposal.id] }, 'manager', { actorId });
      // A pin on the replaced pair would bring it back in the next run.
      await deletePairPin[run.kind].run(manager, [
        run.cohortId,
        proposal.startupId,
        proposal.partnerId,
      ]);
      // A partner swapped out earlier in this run comes back by reviving its proposal.
      const insertedId = await addProposal(
        manager,
        {
          runId: run.id,
          cohortId: run.cohortId,
          startupId: proposal.startupId,
          partner: run.kind === 'mentors' ? 'mentor' : 'investor',
          partnerId,
          score: chosen.score,
          parts: chosen.parts,
          rank: await rankOf(manager, proposal.id),
        },
        'proposed',
      );
      if (!insertedId) throw fieldConflict(field, `${partnerId} cannot take this place`);
      const created = theOne(
        await readProposals(manager, { ids: [insertedId] }),
        'the new proposal',
      );
      const old = theOne(await readProposals(manager, { ids: [proposal.id] }), 'the old proposal');
      await this.record(manager, run, [created], 'swapped', actorId, old);
      return withoutNames(created);
    });
  }

  private async decide(
    proposalId: string,
    actorId: string | null,
    action: MatchAction,
    change: (manager: EntityManager, run: LockedRun, proposal: LockedProposal) => Promise<void>,
  ): Promise<MatchProposal> {
    return this.dataSource.transaction(async (manager) => {
      const found = await findProposal(manager, proposalId, false);
      const run = await lockRun(manager, found.runId);
      const proposal = await findProposal(manager, proposalId, true);
      checkOpen(proposal);
      await change(manager, run, proposal);
      const decided = theOne(
        await readProposals(manager, { ids: [proposalId] }),
        `proposal ${proposalId}`,
      );
      await this.record(manager, run, [decided], action, actorId);
      return withoutNames(decided);
    });
  }

  /**
   * Partners that could replace the proposal's: in the run's pool now, not excluded or rejected,
   * not already proposed for this startup, with a free place once this run's open proposals are
   * counted, scoring at least the run's minimum. Scored as the run scored (its weights).
   */
  private async candidates(
    manager: EntityManager,
    run: LockedRun,
    proposal: LockedProposal,
    limit: number,
  ): Promise<ProposalAlternative[]> {
    const vocabulary = engineVocabulary(await this.vocabularies.list());
    const inputs = await loadRunInputs(manager, vocabulary, run, [proposal.startupId]);
    const [startup] = inputs.startups;
    if (!startup) return [];
    const proposals = await readProposals(manager, { runId: run.id });
    const taken = new Map<string, number>();
    const blocked = new Set([
      ...inputs.excluded.map((pair) => pair.partnerId),
      ...inputs.rejected.map((pair) => pair.partnerId),
    ]);
    for (const p of proposals) {
      if (OPEN.includes(p.status)) taken.set(p.partner.id, (taken.get(p.partner.id) ?? 0) + 1);
      if (p.startupId === proposal.startupId && p.status !== 'withdrawn') blocked.add(p.partner.id);
    }
    const weights = run.parameters.weights;
    const alternatives: ProposalAlternative[] = [];
    for (const partner of inputs.partners) {
      const id = partner.profile.id;
      const free =
        run.kind === 'mentors'
          ? (partner.profile as MentorProfile).capacity
          : (partner.profile as InvestorProfile).introsPerRound;
      const freePlaces = free - (taken.get(id) ?? 0);
      if (blocked.has(id) || freePlaces <= 0) continue;
      const fit =
        run.kind === 'mentors'
          ? scoreMentor(startup, partner.profile as MentorProfile, weights, vocabulary)
          : scoreInvestor(startup, partner.profile as InvestorProfile, weights, vocabulary);
      if (!fit.feasible || fit.score < run.parameters.minScore) continue;
      alternatives.push({
        partner: { id, name: partner.name },
        score: fit.score,
        parts: fit.parts as ProposalAlternative['parts'],
        freePlaces,
      });
    }
    alternatives.sort((a, b) => b.score - a.score || a.partner.name.localeCompare(b.partner.name));
    return alternatives.slice(0, limit);
  }

  private record(
    manager: EntityManager,
    run: LockedRun,
    proposals: ProposalWithNames[],
    action: MatchAction,
    actorId: string | null,
    previous?: ProposalWithNames,
  ): Promise<void> {
    const facts = proposals.map((p): PairFacts => ({
      runId: run.id,
      cohortId: run.cohortId,
      cohortName: run.cohortName,
      proposalId: p.id,
      startupId: p.startupId,
      startupName: p.startupName,
      partnerType: run.kind === 'mentors' ? 'mentor' : 'investor',
      partnerId: p.partner.id,
      partnerName: p.partner.name,
      score: p.score,
      ...(previous
        ? { previousPartnerId: previous.partner.id, previousPartnerName: previous.partner.name }
        : {}),
    }));
    return recordDecisions(this.activity, manager, facts, action, actorId);
  }
}

/** The run, locked so that decisions on one run take turns; only a finished run takes decisions. */
/**
 * An introduction starts with its approval: a pair whose startup withdrew its consent to investor
 * introductions cannot be approved (409 naming the startup, in the reader's language).
 */
async function refuseWithdrawnConsent(
  manager: EntityManager,
  runId: string,
  proposalIds: string[] | undefined,
): Promise<void> {
  const withdrawn = await withdrawnConsentProposals.all(manager, [runId, proposalIds ?? null]);
  if (withdrawn.length === 0) return;
  throw conflictFields(
    withdrawn.map(({ id, startupName }) => {
      const index = proposalIds?.indexOf(id) ?? -1;
      return reasonError(index >= 0 ? `proposalIds.${index}` : 'proposalIds', 'consentWithdrawn', {
        startup: startupName,
      });
    }),
  );
}

async function lockRun(manager: EntityManager, runId: string, lock = true): Promise<LockedRun> {
  const [run] = await (lock ? lockedRunToDecide : runToDecide).all(manager, [runId]);
  if (!run) throw runNotFound(runId);
  if (run.status !== 'done') {
    throw fieldConflict(
      'status',
      `The run is ${run.status}: only a finished run's proposals are decided`,
    );
  }
  return run;
}

async function findProposal(
  manager: EntityManager,
  id: string,
  lock: boolean,
): Promise<LockedProposal> {
  const [row] = await (lock ? lockedProposalToDecide : proposalToDecide).all(manager, [id]);
  if (!row) throw proposalNotFound(id);
  return row;
}

function checkOpen(proposal: LockedProposal): void {
  if (!OPEN.includes(proposal.status)) {
    throw fieldConflict(
      'status',
      `The proposal is ${proposal.status}: it can no longer be changed`,
    );
  }
}

async function rankOf(manager: EntityManager, proposalId: string): Promise<number> {
  return (await rankOfProposal.one(manager, [proposalId])).rank;
}

/** A pair is pinned or rejected, not both: the latest decision replaces the rule. */
async function upsertRule(
  manager: EntityManager,
  run: LockedRun,
  proposal: LockedProposal,
  rule: 'pin' | 'reject',
  actorId: string | null,
): Promise<void> {
  await upsertPairRule[run.kind].run(manager, [
    run.cohortId,
    proposal.startupId,
    proposal.partnerId,
    rule,
    actorId,
  ]);
}

/** Each partner of the run's pool: this run's open proposals, what they had before, and capacity. */
function partnerLoad(
  kind: MatchingRun['kind'],
  partners: Awaited<ReturnType<typeof loadRunInputs>>['partners'],
  proposals: ProposalWithNames[],
): PartnerLoad[] {
  // A mentor's accepted offer is a live mentorship, counted in `committed` already; an
  // investor's accepted introduction uses one of the round's introductions.
  const holding = kind === 'mentors' ? HOLDING_A_PLACE : [...HOLDING_A_PLACE, 'accepted'];
  const proposed = new Map<string, number>();
  // This run's answered (investors) and sent-but-unanswered proposals, shown apart.
  const accepted = new Map<string, number>();
  const sent = new Map<string, number>();
  const count = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
  const inRun = new Set<string>();
  for (const p of proposals) {
    if (p.status !== 'withdrawn') inRun.add(p.partner.id);
    if (holding.includes(p.status)) count(proposed, p.partner.id);
    if (holding.includes(p.status) && p.status === 'accepted') count(accepted, p.partner.id);
    if (p.status === 'offered' || p.status === 'startup-asked') count(sent, p.partner.id);
  }
  const loads = partners.map((partner) => ({
    partner: { id: partner.profile.id, name: partner.name },
    proposed: proposed.get(partner.profile.id) ?? 0,
    committed: partner.committed,
    capacity: partner.capacity,
    live: partner.live + (accepted.get(partner.profile.id) ?? 0),
    offered: partner.offered + (sent.get(partner.profile.id) ?? 0),
  }));
  // A mentor run's pool is the cohort's; an investor run reads every investor: show those in it.
  return kind === 'mentors' ? loads : loads.filter((load) => inRun.has(load.partner.id));
}
