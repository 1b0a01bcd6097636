import {
  type Assignment,
  type AssignmentParams,
  validateGraph,
  type CandidateGraph,
  toMilli,
  totalOf,
} from './candidate-graph.js';
import { applyPins } from './pins.js';

/**
 * The benchmark's baseline, not for production: pins first, then pairs by descending score (ties
 * by index), each taken when both sides still have room. Fast, but not optimal: a high pair can
 * take the last place of a partner that two other startups needed more.
 */
export function greedyAssignment(graph: CandidateGraph, params: AssignmentParams): Assignment {
  const started = performance.now();
  validateGraph(graph);
  const room = applyPins(graph, params.k, params.pinned ?? []);
  const minMilli = toMilli(params.minScore ?? 0);
  const order = Int32Array.from({ length: graph.pairScore.length }, (_, p) => p);
  order.sort((a, b) => graph.pairScore[b]! - graph.pairScore[a]! || a - b);
  const chosen = Uint8Array.from(room.pinned);
  for (const p of order) {
    const i = graph.pairStartup[p]!;
    const j = graph.pairPartner[p]!;
    const milli = toMilli(graph.pairScore[p]!);
    if (chosen[p] === 1 || milli <= 0 || milli < minMilli) continue;
    if (room.startup[i]! > 0 && room.partner[j]! > 0) {
      chosen[p] = 1;
      room.startup[i]!--;
      room.partner[j]!--;
    }
  }
  return {
    chosen,
    totalScore: totalOf(graph, chosen),
    stats: { nodes: 0, arcs: 0, pivots: 0, solveMs: performance.now() - started },
  };
}
