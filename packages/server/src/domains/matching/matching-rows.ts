import {
  type MatchingRun,
  type MatchProposal,
  PROPOSAL_STATUSES,
  type ProposalCounts,
} from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import type { MatchingRunEntity } from './matching-run.entity';
import {
  proposalsWithNames,
  runById,
  type RunRow,
  runStats,
  runsOfCohort,
} from './matching-queries';
import { NotFoundError } from '../../infra/errors/domain-errors';

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
  const [row] = await runById.all(manager, [id]);
  if (!row) throw runNotFound(id);
  return toRun(row);
}

/** A cohort's runs, newest first. */
export async function readRuns(manager: EntityManager, cohortId: string): Promise<MatchingRun[]> {
  const rows = await runsOfCohort.all(manager, [cohortId]);
  return rows.map(toRun);
}

/** The engine's shortfalls of a run, by startup. */
export async function readShortfalls(
  manager: EntityManager,
  runId: string,
): Promise<NonNullable<MatchingRunEntity['stats']>['shortfallList']> {
  const [row] = await runStats.all(manager, [runId]);
  return row?.stats?.shortfallList ?? [];
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
  const rows = await proposalsWithNames.all(manager, [where.runId ?? null, where.ids ?? null]);
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
