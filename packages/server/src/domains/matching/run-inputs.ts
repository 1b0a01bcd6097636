import type { MatchingKind, Vocabularies } from '@kohorte/contracts';
import type {
  InvestorProfile,
  MentorProfile,
  PairRef,
  StartupProfile,
  Vocabulary,
} from '@kohorte/matching';
import type { EntityManager } from 'typeorm';
import { PLACE_TAKING_STATUSES } from '../programmes/index';
import {
  excludedPairs,
  investorsToMatch,
  mentorsToMatch,
  pairRules,
  startupsToMatch,
} from './matching-queries';

/** A mentor or investor as a run sees it: its profile (capacity = free places) and its figures. */
export interface LoadedPartner<P> {
  profile: P;
  name: string;
  /** Places in total: a mentor's capacity, an investor's introductions per round. */
  capacity: number;
  /** Places taken before the run: live mentorships, and open offers from other runs. */
  committed: number;
  /** Of `committed`: live mentorships (mentors) or accepted introductions (investors). */
  live: number;
  /** Of `committed`: offers sent in other runs and not yet answered. */
  offered: number;
}

/** Everything a run of one kind needs from the database, in the engine's plain shapes. */
export interface RunInputs {
  kind: MatchingKind;
  startups: StartupProfile[];
  startupNames: Map<string, string>;
  partners: LoadedPartner<MentorProfile | InvestorProfile>[];
  /** Live mentorships, pairs declined before, pairs already approved or offered in another run. */
  excluded: PairRef[];
  pinned: PairRef[];
  rejected: PairRef[];
  vocabulary: Vocabulary;
}

// Proposals that hold a partner's place until they are answered.
const OPEN_ELSEWHERE = ['approved', 'startup-asked', 'offered'];
// Of those, the ones sent and waiting for an answer.
const SENT_UNANSWERED = ['startup-asked', 'offered'];
// Proposals that mean the pair was made already (or turned down) and must not be proposed again.
const DECIDED_ELSEWHERE = ['approved', 'startup-asked', 'offered', 'accepted'];

interface StartupRow {
  id: string;
  name: string;
  topics: string[];
  sectors: string[];
  stage: string | null;
  languages: string[];
  city: string | null;
  fundingSoughtEur: string | null;
}

const toNumber = (value: string | null) => (value === null ? null : Number(value));

/** The labels the engine's reasons name terms by, and the region tree it places startups in. */
export function engineVocabulary(vocabularies: Vocabularies): Vocabulary {
  const labels = (kind: keyof Vocabularies) =>
    Object.fromEntries(
      vocabularies[kind].map((term) => [term.key, { de: term.labelDe, en: term.labelEn }]),
    );
  return {
    topics: labels('topics'),
    sectors: labels('sectors'),
    stages: labels('stages'),
    languages: labels('languages'),
    regions: Object.fromEntries(
      vocabularies.regions.map((term) => [
        term.key,
        { de: term.labelDe, en: term.labelEn, parent: term.parent },
      ]),
    ),
  };
}

/** The cohort's startups that take part: accepted or active members, not archived, by name. */
async function loadStartups(
  manager: EntityManager,
  cohortId: string,
  startupIds: string[] | null,
): Promise<StartupRow[]> {
  return startupsToMatch.all(manager, [cohortId, [...PLACE_TAKING_STATUSES], startupIds]);
}

function startupProfile(row: StartupRow): StartupProfile {
  return {
    id: row.id,
    topics: row.topics,
    sectors: row.sectors,
    stage: row.stage,
    languages: row.languages,
    // A startup that speaks one language only needs a mentor who speaks it.
    requiredLanguage: row.languages.length === 1 ? (row.languages[0] ?? null) : null,
    city: row.city,
    // Kohorte keeps no remote preference yet: everyone is open to meeting at a distance.
    remoteOk: true,
    fundingSoughtEur: toNumber(row.fundingSoughtEur),
  };
}

/**
 * The cohort's pool mentors who can take startups now: active, not archived, available when the
 * mentorship would start (the cohort's start, or today once it runs): a mentor who paused new
 * offers until a later day is left out until then. Their free places = capacity − live
 * mentorships − offers open from other runs.
 */
async function loadMentors(
  manager: EntityManager,
  cohortId: string,
  runId: string,
): Promise<LoadedPartner<MentorProfile>[]> {
  const rows = await mentorsToMatch.all(manager, [
    cohortId,
    runId,
    OPEN_ELSEWHERE,
    SENT_UNANSWERED,
  ]);
  return rows.map((row) => ({
    name: row.name,
    capacity: row.capacity,
    committed: row.committed,
    live: row.live,
    offered: row.offered,
    profile: {
      id: row.id,
      expertise: row.expertise,
      sectors: row.sectors,
      stages: row.stages,
      languages: row.languages,
      city: row.city,
      remoteOk: true,
      capacity: Math.max(0, row.capacity - row.committed),
    },
  }));
}

/** Active investors; their free places = introductions per round − open ones in this cohort. */
async function loadInvestors(
  manager: EntityManager,
  cohortId: string,
  runId: string,
): Promise<LoadedPartner<InvestorProfile>[]> {
  const rows = await investorsToMatch.all(manager, [
    cohortId,
    runId,
    DECIDED_ELSEWHERE,
    SENT_UNANSWERED,
  ]);
  return rows.map((row) => ({
    name: row.name,
    capacity: row.introsPerRound,
    committed: row.committed,
    live: row.live,
    offered: row.offered,
    profile: {
      id: row.id,
      sectors: row.sectors,
      stages: row.stages,
      ticketMinEur: toNumber(row.ticketMinEur),
      ticketMaxEur: toNumber(row.ticketMaxEur),
      regions: row.regions,
      introsPerRound: Math.max(0, row.introsPerRound - row.committed),
    },
  }));
}

/** Pairs that must not be proposed, whatever the rules say. */
async function loadExcluded(
  manager: EntityManager,
  kind: MatchingKind,
  startupIds: string[],
  runId: string,
): Promise<PairRef[]> {
  const rows = await excludedPairs[kind].all(manager, [startupIds, DECIDED_ELSEWHERE, runId]);
  return rows.map((row) => ({ startupId: row.startup_id, partnerId: row.partner_id }));
}

async function loadRules(
  manager: EntityManager,
  cohortId: string,
  kind: MatchingKind,
): Promise<{ pinned: PairRef[]; rejected: PairRef[] }> {
  const rows = await pairRules[kind].all(manager, [cohortId]);
  const pairs = (rule: 'pin' | 'reject') =>
    rows
      .filter((row) => row.rule === rule)
      .map((row) => ({ startupId: row.startup_id, partnerId: row.partner_id }));
  return { pinned: pairs('pin'), rejected: pairs('reject') };
}

const pairKey = (pair: PairRef) => `${pair.startupId}/${pair.partnerId}`;

/**
 * Reads what a run needs. Pins of startups or partners no longer in the run, or of pairs that
 * are excluded now (the mentorship exists already), are left out rather than failing the run.
 * `startupIds` narrows the startups (a swap's alternatives).
 */
export async function loadRunInputs(
  manager: EntityManager,
  vocabulary: Vocabulary,
  run: { id: string; cohortId: string; kind: MatchingKind },
  startupIds: string[] | null = null,
): Promise<RunInputs> {
  const startupRows = await loadStartups(manager, run.cohortId, startupIds);
  const partners =
    run.kind === 'mentors'
      ? await loadMentors(manager, run.cohortId, run.id)
      : await loadInvestors(manager, run.cohortId, run.id);
  const ids = startupRows.map((row) => row.id);
  const excluded = await loadExcluded(manager, run.kind, ids, run.id);
  const rules = await loadRules(manager, run.cohortId, run.kind);
  const startupSet = new Set(ids);
  const partnerSet = new Set(partners.map((partner) => partner.profile.id));
  const excludedSet = new Set(excluded.map(pairKey));
  const inRun = (pair: PairRef) => startupSet.has(pair.startupId) && partnerSet.has(pair.partnerId);
  return {
    kind: run.kind,
    startups: startupRows.map(startupProfile),
    startupNames: new Map(startupRows.map((row) => [row.id, row.name])),
    partners,
    excluded: excluded.filter(inRun),
    pinned: rules.pinned.filter((pair) => inRun(pair) && !excludedSet.has(pairKey(pair))),
    rejected: rules.rejected.filter(inRun),
    vocabulary,
  };
}
