import { type AssignmentParams, type CandidateGraph, toMilli } from '../assign/candidate-graph.js';

/** Total score minus fairness penalties of a chosen set, in milli-points. */
export function objectiveMilli(
  graph: CandidateGraph,
  chosen: Uint8Array,
  fairnessPenalty = 0,
): number {
  const load = new Int32Array(graph.partnerCount);
  let milli = 0;
  chosen.forEach((c, p) => {
    if (c === 1) {
      milli += toMilli(graph.pairScore[p]!);
      load[graph.pairPartner[p]!]!++;
    }
  });
  const penalty = toMilli(fairnessPenalty);
  for (const l of load) milli -= (penalty * l * (l - 1)) / 2;
  return milli;
}

/**
 * The optimum by trying every subset of pairs (tiny graphs only): the reference the solver must
 * match exactly. Returns the best objective in milli-points, or null when the pins are infeasible.
 */
export function bruteForceMilli(graph: CandidateGraph, params: AssignmentParams): number | null {
  const pinned = new Set(params.pinned ?? []);
  const minMilli = toMilli(params.minScore ?? 0);
  const pairs = graph.pairScore.length;
  const startupLoad = new Int32Array(graph.startupCount);
  const partnerLoad = new Int32Array(graph.partnerCount);
  const chosen = new Uint8Array(pairs);
  let best: number | null = null;
  const visit = (p: number): void => {
    if (p === pairs) {
      const value = objectiveMilli(graph, chosen, params.fairnessPenalty ?? 0);
      if (best === null || value > best) best = value;
      return;
    }
    const i = graph.pairStartup[p]!;
    const j = graph.pairPartner[p]!;
    const allowed = pinned.has(p) || toMilli(graph.pairScore[p]!) >= minMilli;
    if (allowed && startupLoad[i]! < params.k && partnerLoad[j]! < graph.capacity[j]!) {
      chosen[p] = 1;
      startupLoad[i]!++;
      partnerLoad[j]!++;
      visit(p + 1);
      chosen[p] = 0;
      startupLoad[i]!--;
      partnerLoad[j]!--;
    }
    if (!pinned.has(p)) visit(p + 1);
  };
  visit(0);
  return best;
}
