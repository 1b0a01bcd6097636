import { toMilli } from '../assign/candidate-graph.js';
import type { ReviewGraph, ReviewSolveParams } from '../review/solve.js';
import { tieBreak } from '../review/spread.js';

export interface ReviewOptimum {
  /** Largest total fit in milli-points. */
  fitMilli: number;
  /** Largest sum of tie-break values among the assignments of that fit. */
  tieBreak: number;
}

/** Sum of the tie-break values of a chosen set under `levels` (what the spread maximises). */
export function tieBreakSum(
  graph: ReviewGraph,
  chosen: Uint8Array,
  seed: number,
  levels: number,
): number {
  let sum = 0;
  chosen.forEach((c, p) => {
    if (c === 1) sum += tieBreak(seed, graph.pairStartup[p]!, graph.pairPartner[p]!, levels);
  });
  return sum;
}

/**
 * The lexicographic optimum (fit, then tie-break) by trying every subset of pairs (tiny graphs
 * only): every application exactly r reviewers, loads kept, pins in. Null when none exists.
 */
export function bruteForceReview(
  graph: ReviewGraph,
  params: ReviewSolveParams,
  levels: number,
): ReviewOptimum | null {
  const pinned = new Set(params.pinned ?? []);
  const pairs = graph.pairScore.length;
  const appLoad = new Int32Array(graph.startupCount);
  const load = new Int32Array(graph.partnerCount);
  const chosen = new Uint8Array(pairs);
  let best: ReviewOptimum | null = null;
  const visit = (p: number): void => {
    if (p === pairs) {
      if (appLoad.some((count) => count !== params.r)) return;
      let fitMilli = 0;
      chosen.forEach((c, q) => (fitMilli += c === 1 ? toMilli(graph.pairScore[q]!) : 0));
      const tie =
        params.spreadSeed == null ? 0 : tieBreakSum(graph, chosen, params.spreadSeed, levels);
      if (
        best === null ||
        fitMilli > best.fitMilli ||
        (fitMilli === best.fitMilli && tie > best.tieBreak)
      ) {
        best = { fitMilli, tieBreak: tie };
      }
      return;
    }
    const i = graph.pairStartup[p]!;
    const j = graph.pairPartner[p]!;
    if (appLoad[i]! < params.r && load[j]! < graph.capacity[j]!) {
      chosen[p] = 1;
      appLoad[i]!++;
      load[j]!++;
      visit(p + 1);
      chosen[p] = 0;
      appLoad[i]!--;
      load[j]!--;
    }
    if (!pinned.has(p)) visit(p + 1);
  };
  visit(0);
  return best;
}
