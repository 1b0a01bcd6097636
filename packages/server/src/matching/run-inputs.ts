import type { MatchingKind, Vocabularies } from '@kohorte/contracts';
import type {
  InvestorProfile,
  MentorProfile,
  PairRef,
  StartupProfile,
  Vocabulary,
} from '@kohorte/matching';
import type { EntityManager } from 'typeorm';
import { PLACE_TAKING_STATUSES } from '../programmes/cohort-locks';

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

interface MentorRow {
  id: string;
  name: string;
  expertise: string[];
  sectors: string[];
  stages: string[];
  languages: string[];
  city: string | null;
  capacity: number;
  committed: number;
  live: number;
  offered: number;
}

interface InvestorRow {
  id: string;
  name: string;
  sectors: string[];
  stages: string[];
  ticketMinEur: string | null;
  ticketMaxEur: string | null;
  regions: string[];
  introsPerRound: number;
  committed: number;
  live: number;
  offered: number;
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
  return (await manager.query(
    `SELECT s.id, s.name, s.topics, s.sectors, s.stage, s.languages, s.city,
       s.funding_sought_eur AS "fundingSoughtEur"
     FROM cohort_startups cs JOIN startups s ON s.id = cs.startup_id
     WHERE cs.cohort_id = $1 AND cs.status = ANY($2::text[]) AND s.archived_at IS NULL
       AND ($3::uuid[] IS NULL OR s.id = ANY($3::uuid[]))
     ORDER BY lower(s.name), s.id`,
    [cohortId, [...PLACE_TAKING_STATUSES], startupIds],
  )) as StartupRow[];
}

function startupProfile(row: StartupRow): StartupProfile {
  return {
    id: row.id,
    topics: row.topics,
    sectors: row.sectors,
    stage: row.stage,
    languages: row.languages,
    // A startup that speaks one language only needs a mentor who speaks it.
    requiredLanguage: row.languages.length === 1 ? row.languages[0] : null,
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
  const rows = (await manager.query(
    `SELECT m.id, m.full_name AS name, m.expertise, m.sectors, m.stages, m.languages, m.city,
       m.capacity,
       (SELECT count(*)::int FROM mentorships ms WHERE ms.mentor_id = m.id AND ms.ended_at IS NULL)
       + (SELECT count(*)::int FROM match_proposals p
          WHERE p.mentor_id = m.id AND p.run_id <> $2 AND p.status = ANY($3::text[])) AS committed,
       (SELECT count(*)::int FROM mentorships ms WHERE ms.mentor_id = m.id AND ms.ended_at IS NULL) AS live,
       (SELECT count(*)::int FROM match_proposals p
          WHERE p.mentor_id = m.id AND p.run_id <> $2 AND p.status = ANY($4::text[])) AS offered
     FROM cohort_mentors cm JOIN mentors m ON m.id = cm.mentor_id JOIN cohorts c ON c.id = cm.cohort_id
     WHERE cm.cohort_id = $1 AND m.status = 'active' AND m.archived_at IS NULL
       AND (m.available_from IS NULL OR m.available_from <= GREATEST(c.starts_on, current_date))
       AND (m.available_until IS NULL OR m.available_until >= GREATEST(c.starts_on, current_date))
     ORDER BY lower(m.full_name), m.id`,
    [cohortId, runId, OPEN_ELSEWHERE, SENT_UNANSWERED],
  )) as MentorRow[];
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
  const rows = (await manager.query(
    `SELECT i.id, i.name, i.sectors, i.stages, i.ticket_min_eur AS "ticketMinEur",
       i.ticket_max_eur AS "ticketMaxEur", i.regions, i.intros_per_round AS "introsPerRound",
       (SELECT count(*)::int FROM match_proposals p
        WHERE p.investor_id = i.id AND p.cohort_id = $1 AND p.run_id <> $2
          AND p.status = ANY($3::text[])) AS committed,
       (SELECT count(*)::int FROM match_proposals p
        WHERE p.investor_id = i.id AND p.cohort_id = $1 AND p.run_id <> $2
          AND p.status = 'accepted') AS live,
       (SELECT count(*)::int FROM match_proposals p
        WHERE p.investor_id = i.id AND p.cohort_id = $1 AND p.run_id <> $2
          AND p.status = ANY($4::text[])) AS offered
     FROM investors i
     WHERE i.status = 'active' AND i.archived_at IS NULL
     ORDER BY lower(i.name), i.id`,
    [cohortId, runId, DECIDED_ELSEWHERE, SENT_UNANSWERED],
  )) as InvestorRow[];
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
  const column = kind === 'mentors' ? 'mentor_id' : 'investor_id';
  const live =
    kind === 'mentors'
      ? `SELECT startup_id, mentor_id AS partner_id FROM mentorships
         WHERE ended_at IS NULL AND startup_id = ANY($1::uuid[]) UNION `
      : '';
  const rows = (await manager.query(
    `${live}SELECT startup_id, ${column} AS partner_id FROM match_proposals
     WHERE ${column} IS NOT NULL AND startup_id = ANY($1::uuid[])
       AND (status = 'declined' OR (status = ANY($2::text[]) AND run_id <> $3))`,
    [startupIds, DECIDED_ELSEWHERE, runId],
  )) as { startup_id: string; partner_id: string }[];
  return rows.map((row) => ({ startupId: row.startup_id, partnerId: row.partner_id }));
}

async function loadRules(
  manager: EntityManager,
  cohortId: string,
  kind: MatchingKind,
): Promise<{ pinned: PairRef[]; rejected: PairRef[] }> {
  const column = kind === 'mentors' ? 'mentor_id' : 'investor_id';
  const rows = (await manager.query(
    `SELECT startup_id, ${column} AS partner_id, rule FROM match_rules
     WHERE cohort_id = $1 AND ${column} IS NOT NULL ORDER BY created_at, id`,
    [cohortId],
  )) as { startup_id: string; partner_id: string; rule: 'pin' | 'reject' }[];
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
