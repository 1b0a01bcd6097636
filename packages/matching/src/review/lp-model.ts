import { toMilli } from '../assign/candidate-graph.js';
import type { ReviewGraph, ReviewSolveParams } from '../review/solve.js';

/**
 * The review assignment as an LP in CPLEX LP format (fit in milli-points): each application's
 * pairs sum to exactly r, each reviewer's to at most the load, pins fixed at 1. The constraint
 * matrix is that of a bipartite transportation problem (totally unimodular), so the LP optimum is
 * the integer optimum.
 */
export function reviewAssignmentLp(graph: ReviewGraph, params: ReviewSolveParams): string {
  const pinned = new Set(params.pinned ?? []);
  const objective: string[] = [];
  const byApplication: string[][] = Array.from({ length: graph.startupCount }, () => []);
  const byReviewer: string[][] = Array.from({ length: graph.partnerCount }, () => []);
  const bounds: string[] = [];
  for (let p = 0; p < graph.pairScore.length; p++) {
    const x = `x${p}`;
    objective.push(`${toMilli(graph.pairScore[p]!)} ${x}`);
    byApplication[graph.pairStartup[p]!]!.push(x);
    byReviewer[graph.pairPartner[p]!]!.push(x);
    bounds.push(pinned.has(p) ? `${x} = 1` : `0 <= ${x} <= 1`);
  }
  const rows: string[] = [];
  byApplication.forEach((xs, i) => {
    // An application without any possible reviewer: 0 = r, written with a dummy fixed at 0.
    rows.push(`a${i}: ${xs.length > 0 ? xs.join(' + ') : 'zero'} = ${params.r}`);
  });
  byReviewer.forEach((xs, j) => {
    if (xs.length > 0) rows.push(`r${j}: ${xs.join(' + ')} <= ${graph.capacity[j]}`);
  });
  const usesZero = objective.length === 0 || byApplication.some((xs) => xs.length === 0);
  if (usesZero) bounds.push('zero = 0');
  return [
    'Maximize',
    ` obj: ${objective.length > 0 ? objective.join(' + ') : '0 zero'}`,
    'Subject To',
    ...rows.map((row) => ` ${row}`),
    'Bounds',
    ...bounds.map((bound) => ` ${bound}`),
    'End',
    '',
  ].join('\n');
}
