import type {
  MatchingKind,
  MatchingRun,
  MatchingStep,
  MatchProposal,
  ProposalStatus,
} from '@kohorte/contracts';
import { column, query, rowSpec, type Query, type RowOf } from '../../infra/database/typed-query';
import { introductionsWithdrawnSql } from '../privacy/index';
import type { MatchingRunEntity, StoredRunStats } from './matching-run.entity';

const RUN_SELECT = `
  SELECT r.id, r.cohort_id AS "cohortId", r.kind, r.status, r.parameters, r.progress, r.step,
    r.error, r.total_score AS "totalScore", r.stats, r.created_by AS "createdBy",
    u.name AS "creatorName", r.created_at AS "createdAt", r.started_at AS "startedAt",
    r.finished_at AS "finishedAt",
    (SELECT jsonb_object_agg(status, n) FROM (
       SELECT status, count(*)::int AS n FROM match_proposals p WHERE p.run_id = r.id GROUP BY status
     ) c) AS counts
  FROM matching_runs r LEFT JOIN users u ON u.id = r.created_by`;

const RUN_ROW = rowSpec({
  id: 'uuid',
  cohortId: 'uuid',
  kind: column('text').as<MatchingRunEntity['kind']>(),
  status: column('text').as<MatchingRunEntity['status']>(),
  parameters: column('jsonb').as<MatchingRunEntity['parameters']>(),
  progress: 'int4',
  step: column('text?').as<MatchingStep>(),
  error: 'text?',
  totalScore: 'numeric?',
  stats: column('jsonb?').as<StoredRunStats>(),
  createdBy: 'uuid?',
  creatorName: 'text?',
  createdAt: 'timestamptz',
  startedAt: 'timestamptz?',
  finishedAt: 'timestamptz?',
  counts: column('jsonb?').as<Partial<Record<ProposalStatus, number>>>(),
});

export type RunRow = RowOf<typeof RUN_ROW>;

/** Proposed pairs (of the run, or among the ids) whose startup withdrew its consent to investor introductions. */
export const withdrawnConsentProposals = query(
  `SELECT p.id, s.name AS "startupName" FROM match_proposals p
       JOIN startups s ON s.id = p.startup_id
      WHERE p.run_id = $1 AND p.status = 'proposed'
        AND ($2::uuid[] IS NULL OR p.id = ANY($2::uuid[]))
        AND ${introductionsWithdrawnSql('p.startup_id')}
      ORDER BY s.name, p.id`,
  { id: 'uuid', startupName: 'text' },
);

export const runToDecide = query(
  `SELECT r.id, r.cohort_id AS "cohortId", c.name AS "cohortName", r.kind, r.status, r.parameters
     FROM matching_runs r JOIN cohorts c ON c.id = r.cohort_id
     WHERE r.id = $1 `,
  {
    id: 'uuid',
    cohortId: 'uuid',
    cohortName: 'text',
    kind: column('text').as<MatchingRun['kind']>(),
    status: column('text').as<MatchingRun['status']>(),
    parameters: column('jsonb').as<MatchingRun['parameters']>(),
  },
);
export const lockedRunToDecide = query(
  `SELECT r.id, r.cohort_id AS "cohortId", c.name AS "cohortName", r.kind, r.status, r.parameters
     FROM matching_runs r JOIN cohorts c ON c.id = r.cohort_id
     WHERE r.id = $1 FOR NO KEY UPDATE OF r`,
  {
    id: 'uuid',
    cohortId: 'uuid',
    cohortName: 'text',
    kind: column('text').as<MatchingRun['kind']>(),
    status: column('text').as<MatchingRun['status']>(),
    parameters: column('jsonb').as<MatchingRun['parameters']>(),
  },
);

export const proposalToDecide = query(
  `SELECT id, run_id AS "runId", startup_id AS "startupId",
       coalesce(mentor_id, investor_id) AS "partnerId", status, score
     FROM match_proposals WHERE id = $1 `,
  {
    id: 'uuid',
    runId: 'uuid',
    startupId: 'uuid',
    partnerId: 'uuid',
    status: 'text',
    score: 'numeric',
  },
);
export const lockedProposalToDecide = query(
  `SELECT id, run_id AS "runId", startup_id AS "startupId",
       coalesce(mentor_id, investor_id) AS "partnerId", status, score
     FROM match_proposals WHERE id = $1 FOR UPDATE`,
  {
    id: 'uuid',
    runId: 'uuid',
    startupId: 'uuid',
    partnerId: 'uuid',
    status: 'text',
    score: 'numeric',
  },
);

export const rankOfProposal = query(`SELECT rank FROM match_proposals WHERE id = $1`, {
  rank: 'int4',
});

export const runById = query(`${RUN_SELECT} WHERE r.id = $1`, RUN_ROW);

export const runsOfCohort = query(
  `${RUN_SELECT} WHERE r.cohort_id = $1 ORDER BY r.created_at DESC, r.id LIMIT 100`,
  RUN_ROW,
);

export const runStats = query(`SELECT stats FROM matching_runs WHERE id = $1`, {
  stats: column('jsonb?').as<StoredRunStats>(),
});

export type ProposalRow = RowOf<typeof proposalsWithNames.spec>;

export const proposalsWithNames = query(
  `SELECT p.id, p.run_id AS "runId", p.startup_id AS "startupId", s.name AS "startupName",
       coalesce(p.mentor_id, p.investor_id) AS "partnerId",
       coalesce(m.full_name, i.name) AS "partnerName",
       p.score, p.parts, p.rank, p.status, p.pinned, p.decided_at AS "decidedAt"
     FROM match_proposals p JOIN startups s ON s.id = p.startup_id
       LEFT JOIN mentors m ON m.id = p.mentor_id LEFT JOIN investors i ON i.id = p.investor_id
     WHERE ($1::uuid IS NULL OR p.run_id = $1) AND ($2::uuid[] IS NULL OR p.id = ANY($2::uuid[]))
     ORDER BY lower(s.name), p.startup_id, p.rank, p.created_at`,
  {
    id: 'uuid',
    runId: 'uuid',
    startupId: 'uuid',
    startupName: 'text',
    partnerId: 'uuid',
    partnerName: 'text',
    score: 'numeric',
    parts: column('jsonb').as<MatchProposal['parts']>(),
    rank: 'int4',
    status: column('text').as<ProposalStatus>(),
    pinned: 'bool',
    decidedAt: 'timestamptz?',
  },
);

export const startRun = query(
  `UPDATE matching_runs SET status = 'running', progress = $3, step = 'loading', error = NULL,
         started_at = now()
       WHERE id = $1 AND (status = 'queued' OR (status = 'running' AND $2::boolean))
       RETURNING id`,
  { id: 'uuid' },
);

/** The run's progress bar, while it is still running (a discarded run is not written). */
export const reportRunStep = query(
  `UPDATE matching_runs SET progress = $2, step = $3 WHERE id = $1 AND status = 'running'`,
  {},
);

/** A redelivered run's earlier proposals, removed before its result is stored. */
export const deleteRunProposals = query(`DELETE FROM match_proposals WHERE run_id = $1`, {});

/** Stores a run's proposals, given as one JSON array: the partner column depends on the run's kind. */
function insertProposalsSql(partnerColumn: 'mentor_id' | 'investor_id'): string {
  return `INSERT INTO match_proposals (run_id, cohort_id, startup_id, ${partnerColumn}, score, parts, rank, pinned)
     SELECT $1, $2, r."startupId", r."partnerId", r.score, r.parts, r.rank, r.pinned
     FROM jsonb_to_recordset($3::jsonb)
       AS r("startupId" uuid, "partnerId" uuid, score numeric, parts jsonb, rank smallint, pinned boolean)`;
}

export const insertRunProposals: Record<MatchingKind, Query<Record<never, never>>> = {
  mentors: query(insertProposalsSql('mentor_id'), {}),
  investors: query(insertProposalsSql('investor_id'), {}),
};

export const finishRun = query(
  `UPDATE matching_runs SET status = 'done', progress = 100, step = NULL, error = NULL,
     total_score = $2, stats = $3::jsonb, finished_at = now()
   WHERE id = $1`,
  {},
);

/** A failed run, unless it was discarded or finished meanwhile. */
export const failRun = query(
  `UPDATE matching_runs SET status = 'failed', error = $2, step = NULL, finished_at = now()
   WHERE id = $1 AND status = 'running'`,
  {},
);

export const lockedRunStatus = query(`SELECT status FROM matching_runs WHERE id = $1 FOR UPDATE`, {
  status: 'text',
});

export const insertRun = query(
  `INSERT INTO matching_runs (cohort_id, kind, parameters, created_by)
           VALUES ($1, $2, $3::jsonb, $4) RETURNING id`,
  { id: 'uuid' },
);

export const lockedRunToCancel = query(
  `SELECT r.id, r.status, r.kind, r.cohort_id AS "cohortId", c.name AS "cohortName"
         FROM matching_runs r JOIN cohorts c ON c.id = r.cohort_id WHERE r.id = $1
         FOR UPDATE OF r`,
  { id: 'uuid', status: 'text', kind: 'text', cohortId: 'uuid', cohortName: 'text' },
);

export const startupsToMatch = query(
  `SELECT s.id, s.name, s.topics, s.sectors, s.stage, s.languages, s.city,
       s.funding_sought_eur AS "fundingSoughtEur"
     FROM cohort_startups cs JOIN startups s ON s.id = cs.startup_id
     WHERE cs.cohort_id = $1 AND cs.status = ANY($2::text[]) AND s.archived_at IS NULL
       AND ($3::uuid[] IS NULL OR s.id = ANY($3::uuid[]))
     ORDER BY lower(s.name), s.id`,
  {
    id: 'uuid',
    name: 'text',
    topics: 'text[]',
    sectors: 'text[]',
    stage: 'text?',
    languages: 'text[]',
    city: 'text?',
    fundingSoughtEur: 'int8?',
  },
);

export const mentorsToMatch = query(
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
  {
    id: 'uuid',
    name: 'text',
    expertise: 'text[]',
    sectors: 'text[]',
    stages: 'text[]',
    languages: 'text[]',
    city: 'text?',
    capacity: 'int4',
    committed: 'int4',
    live: 'int4',
    offered: 'int4',
  },
);

export const investorsToMatch = query(
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
  {
    id: 'uuid',
    name: 'text',
    sectors: 'text[]',
    stages: 'text[]',
    ticketMinEur: 'int8?',
    ticketMaxEur: 'int8?',
    regions: 'text[]',
    introsPerRound: 'int4',
    committed: 'int4',
    live: 'int4',
    offered: 'int4',
  },
);

export const runsStuckInFlight = query(
  `SELECT r.id, r.status,
       (extract(epoch FROM coalesce(r.started_at, r.created_at)) * 1000)::bigint::text AS "sinceMs"
     FROM matching_runs r
     WHERE r.status IN ('queued', 'running')
       AND coalesce(r.started_at, r.created_at) < now() - make_interval(secs => $1)
       AND NOT EXISTS (SELECT 1 FROM job_outbox o
                       WHERE o.name = 'matching.run' AND o.payload->>'runId' = r.id::text)`,
  { id: 'uuid', status: column('text').as<'queued' | 'running'>(), sinceMs: 'text' },
);

const partnerColumn = (kind: MatchingKind) => (kind === 'mentors' ? 'mentor_id' : 'investor_id');

/**
 * Pairs closed to a run: declined anywhere, decided in another run, and for mentors a live
 * mentorship.
 */
function excludedSql(kind: MatchingKind): string {
  const column = partnerColumn(kind);
  const live =
    kind === 'mentors'
      ? `SELECT startup_id, mentor_id AS partner_id FROM mentorships
         WHERE ended_at IS NULL AND startup_id = ANY($1::uuid[]) UNION `
      : '';
  return `${live}SELECT startup_id, ${column} AS partner_id FROM match_proposals
     WHERE ${column} IS NOT NULL AND startup_id = ANY($1::uuid[])
       AND (status = 'declined' OR (status = ANY($2::text[]) AND run_id <> $3))`;
}

const PAIR = rowSpec({ startup_id: 'uuid', partner_id: 'uuid!' });

export const excludedPairs: Record<MatchingKind, Query<typeof PAIR>> = {
  mentors: query(excludedSql('mentors'), PAIR),
  investors: query(excludedSql('investors'), PAIR),
};

function rulesSql(kind: MatchingKind): string {
  const column = partnerColumn(kind);
  return `SELECT startup_id, ${column} AS partner_id, rule FROM match_rules
     WHERE cohort_id = $1 AND ${column} IS NOT NULL ORDER BY created_at, id`;
}

const RULE = rowSpec({ ...PAIR, rule: column('text').as<'pin' | 'reject'>() });

/** A cohort's pins and rejections for one kind of run. */
export const pairRules: Record<MatchingKind, Query<typeof RULE>> = {
  mentors: query(rulesSql('mentors'), RULE),
  investors: query(rulesSql('investors'), RULE),
};

export const failUnqueuedRun = query(
  `UPDATE matching_runs SET status = 'failed', error = $2, finished_at = now() WHERE id = $1`,
  {},
);

export const discardRun = query(
  `UPDATE matching_runs SET status = 'discarded', step = NULL,
           finished_at = coalesce(finished_at, now())
         WHERE id = $1`,
  {},
);

export const pinProposal = query(`UPDATE match_proposals SET pinned = true WHERE id = $1`, {});

/**
 * A cohort's rule for a pair (`pin` or `reject`), by the run's kind: the partner's column and its
 * unique constraint. A later rule replaces the pair's earlier one.
 */
export const upsertPairRule = {
  mentors: query(
    `INSERT INTO match_rules (cohort_id, startup_id, mentor_id, rule, created_by)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT ON CONSTRAINT match_rules_mentor_key
     DO UPDATE SET rule = EXCLUDED.rule, created_by = EXCLUDED.created_by, created_at = now()`,
    {},
  ),
  investors: query(
    `INSERT INTO match_rules (cohort_id, startup_id, investor_id, rule, created_by)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT ON CONSTRAINT match_rules_investor_key
     DO UPDATE SET rule = EXCLUDED.rule, created_by = EXCLUDED.created_by, created_at = now()`,
    {},
  ),
} as const;

/** Removes the pin of a pair, by the run's kind. */
export const deletePairPin = {
  mentors: query(
    `DELETE FROM match_rules
     WHERE cohort_id = $1 AND startup_id = $2 AND mentor_id = $3 AND rule = 'pin'`,
    {},
  ),
  investors: query(
    `DELETE FROM match_rules
     WHERE cohort_id = $1 AND startup_id = $2 AND investor_id = $3 AND rule = 'pin'`,
    {},
  ),
} as const;
