import {
  type MatchingRun,
  type MatchProposal,
  PROPOSAL_STATUSES,
  type ProposalCounts,
  type ProposalStatus,
} from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import type { MatchingRunEntity } from './matching-run.entity';
import { NotFoundError } from '../errors/domain-errors';

type RunRow = Pick<
  MatchingRunEntity,
  | 'id'
  | 'kind'
  | 'status'
  | 'parameters'
  | 'progress'
  | 'step'
  | 'error'
  | 'stats'
  | 'createdBy'
  | 'startedAt'
  | 'finishedAt'
  | 'createdAt'
> & {
  cohortId: string;
  totalScore: string | null;
  creatorName: string | null;
  counts: Partial<Record<ProposalStatus, number>> | null;
};

const RUN_SELECT = `
  SELECT r.id, r.cohort_id AS "cohortId", r.kind, r.status, r.parameters, r.progress, r.step,
    r.error, r.total_score AS "totalScore", r.stats, r.created_by AS "createdBy",
    u.name AS "creatorName", r.created_at AS "createdAt", r.started_at AS "startedAt",
    r.finished_at AS "finishedAt",
    (SELECT jsonb_object_agg(status, n) FROM (
       SELECT status, count(*)::int AS n FROM match_proposals p WHERE p.run_id = r.id GROUP BY status
     ) c) AS counts
  FROM matching_runs r LEFT JOIN users u ON u.id = r.created_by`;

function toRun(row: RunRow): MatchingRun {
  const counts = Object.fromEntries(
    PROPOSAL_STATUSES.map((status) => [status, row.counts?.[status] ?? 0]),
  ) as ProposalCounts;
  let stats: MatchingRun['stats'] = null;
  if (row.stats) {
    const { shortfallList: _list, ...figures } = row.stats;
    stats = figures;
  }
  return {
    id: row.id,
    cohortId: row.cohortId,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    step: row.step,
    error: row.error,
    parameters: row.parameters,
    totalScore: row.totalScore === null ? null : Number(row.totalScore),
    stats,
    counts,
    createdBy: row.createdBy ? { id: row.createdBy, name: row.creatorName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export function runNotFound(id: string): NotFoundError {
  return new NotFoundError(`No matching run has the id ${id}`);
}

export function proposalNotFound(id: string): NotFoundError {
  return new NotFoundError(`No match proposal has the id ${id}`);
}

export async function readRun(manager: EntityManager, id: string): Promise<MatchingRun> {
  const [row] = (await manager.query(`${RUN_SELECT} WHERE r.id = $1`, [id])) as RunRow[];
  if (!row) throw runNotFound(id);
  return toRun(row);
}

/** A cohort's runs, newest first. */
export async function readRuns(manager: EntityManager, cohortId: string): Promise<MatchingRun[]> {
  const rows = (await manager.query(
    `${RUN_SELECT} WHERE r.cohort_id = $1 ORDER BY r.created_at DESC, r.id LIMIT 100`,
    [cohortId],
  )) as RunRow[];
  return rows.map(toRun);
}

/** The engine's shortfalls of a run, by startup. */
export async function readShortfalls(
  manager: EntityManager,
  runId: string,
): Promise<NonNullable<MatchingRunEntity['stats']>['shortfallList']> {
  const [row] = (await manager.query(`SELECT stats FROM matching_runs WHERE id = $1`, [
    runId,
  ])) as Pick<MatchingRunEntity, 'stats'>[];
  return row?.stats?.shortfallList ?? [];
}

interface ProposalRow {
  id: string;
  runId: string;
  startupId: string;
  startupName: string;
  partnerId: string;
  partnerName: string;
  score: string;
  parts: MatchProposal['parts'];
  rank: number;
  status: ProposalStatus;
  pinned: boolean;
  decidedAt: Date | null;
}

/** A proposal with the names of its startup and partner, as the contract shows it. */
export interface ProposalWithNames extends MatchProposal {
  startupName: string;
}

/** Proposals of a run (or only `ids`), by startup name, then rank. */
export async function readProposals(
  manager: EntityManager,
  where: { runId?: string; ids?: string[] },
): Promise<ProposalWithNames[]> {
  const rows = (await manager.query(
    `SELECT p.id, p.run_id AS "runId", p.startup_id AS "startupId", s.name AS "startupName",
       coalesce(p.mentor_id, p.investor_id) AS "partnerId",
       coalesce(m.full_name, i.name) AS "partnerName",
       p.score, p.parts, p.rank, p.status, p.pinned, p.decided_at AS "decidedAt"
     FROM match_proposals p JOIN startups s ON s.id = p.startup_id
       LEFT JOIN mentors m ON m.id = p.mentor_id LEFT JOIN investors i ON i.id = p.investor_id
     WHERE ($1::uuid IS NULL OR p.run_id = $1) AND ($2::uuid[] IS NULL OR p.id = ANY($2::uuid[]))
     ORDER BY lower(s.name), p.startup_id, p.rank, p.created_at`,
    [where.runId ?? null, where.ids ?? null],
  )) as ProposalRow[];
  return rows.map((row) => ({
    id: row.id,
    runId: row.runId,
    startupId: row.startupId,
    startupName: row.startupName,
    partner: { id: row.partnerId, name: row.partnerName },
    score: Number(row.score),
    parts: row.parts,
    rank: row.rank,
    status: row.status,
    pinned: row.pinned,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  }));
}

/** The contract's shape: without the startup's name (the grouping carries it). */
export function withoutNames({
  startupName: _name,
  ...proposal
}: ProposalWithNames): MatchProposal {
  return proposal;
}
