import type { Assignment } from '../assign/candidate-graph.js';
import type { Candidates } from '../candidates/build.js';
import type { PairScorer } from '../score/scorer.js';
import type {
  Alternative,
  MatchedPair,
  MatchResult,
  PartnerLoad,
  RunParams,
  Shortfall,
} from '../types.js';

/**
 * Candidate pair indices grouped by startup: startup i's are order[start[i] .. start[i + 1]).
 * Typed arrays, as a run can have 500,000 pairs.
 */
function pairsByStartup(graph: Candidates): { start: Int32Array; order: Int32Array } {
  const n = graph.startupCount;
  const pairs = graph.pairScore.length;
  const start = new Int32Array(n + 1);
  for (let p = 0; p < pairs; p++) start[graph.pairStartup[p]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const order = new Int32Array(pairs);
  for (let p = 0; p < pairs; p++) order[fill[graph.pairStartup[p]!]!++] = p;
  return { start, order };
}

/** Best score first, ties to the earlier partner: the order pairs and alternatives are shown in. */
const byScore = (graph: Candidates) => (a: number, b: number) =>
  graph.pairScore[b]! - graph.pairScore[a]! || graph.pairPartner[a]! - graph.pairPartner[b]!;

/** Inserts p into `top` (kept sorted by `compare`) if it is among the best `limit`. */
function keepBest(
  top: number[],
  p: number,
  limit: number,
  compare: (a: number, b: number) => number,
) {
  if (limit === 0 || (top.length === limit && compare(p, top[limit - 1]!) >= 0)) return;
  let at = top.length;
  while (at > 0 && compare(p, top[at - 1]!) < 0) at--;
  top.splice(at, 0, p);
  if (top.length > limit) top.pop();
}

/** The result a manager reads: explained pairs, shortfalls with reasons, loads, alternatives. */
export function assembleResult(
  scorer: PairScorer,
  graph: Candidates,
  assignment: Assignment,
  params: RunParams,
): MatchResult {
  const { chosen } = assignment;
  const pinned = new Set(graph.pinnedPairs);
  const load = new Int32Array(graph.partnerCount);
  for (let p = 0; p < chosen.length; p++) if (chosen[p] === 1) load[graph.pairPartner[p]!]!++;

  const compare = byScore(graph);
  const explained = (p: number) => {
    const i = graph.pairStartup[p]!;
    const j = graph.pairPartner[p]!;
    const { score, parts } = scorer.explain(i, j);
    return { startupId: scorer.startupIds[i]!, partnerId: scorer.partnerIds[j]!, score, parts };
  };
  const pairs: MatchedPair[] = [];
  const shortfalls: Shortfall[] = [];
  const alternatives: Alternative[] = [];
  const { start, order } = pairsByStartup(graph);
  scorer.startupIds.forEach((startupId, i) => {
    const mine: number[] = [];
    const others: number[] = [];
    let roomLeft = false;
    for (let q = start[i]!; q < start[i + 1]!; q++) {
      const p = order[q]!;
      if (chosen[p] === 1) {
        mine.push(p);
        continue;
      }
      if (load[graph.pairPartner[p]!]! < graph.capacity[graph.pairPartner[p]!]!) roomLeft = true;
      keepBest(others, p, params.alternatives, compare);
    }
    mine.sort(compare);
    for (const p of mine) pairs.push({ ...explained(p), pinned: pinned.has(p) });
    for (const p of others) alternatives.push(explained(p));
    const assigned = mine.length;
    if (assigned < params.k) {
      const candidates = start[i + 1]! - start[i]!;
      shortfalls.push({
        startupId,
        wanted: params.k,
        assigned,
        candidates,
        reason:
          assigned >= candidates ? 'no-candidate' : roomLeft ? 'fairness' : 'capacity-exhausted',
      });
    }
  });
  const loads: PartnerLoad[] = scorer.partnerIds.map((partnerId, j) => ({
    partnerId,
    assigned: load[j]!,
    capacity: graph.capacity[j]!,
  }));
  return {
    pairs,
    shortfalls,
    load: loads,
    alternatives,
    totalScore: assignment.totalScore,
    stats: {
      nodes: assignment.stats.nodes,
      arcs: assignment.stats.arcs,
      candidates: graph.pairScore.length,
      pivots: assignment.stats.pivots,
      scoringMs: graph.scoringMs,
      solveMs: assignment.stats.solveMs,
    },
  };
}
