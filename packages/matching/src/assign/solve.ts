import {
  type Assignment,
  type AssignmentParams,
  validateGraph,
  type CandidateGraph,
  totalOf,
} from './candidate-graph.js';
import { Buffers } from './buffers.js';
import { assignmentNetwork } from './flow-model.js';
import { NetworkSimplex } from './network-simplex.js';
import { applyPins } from './pins.js';

/**
 * The solver's arrays, kept between solves: the engine's thread solves run after run, and reusing
 * them spares each solve the allocation and first touch of ~20 arrays as long as its arcs. Solves
 * never overlap (this is synchronous code) and none keeps an array past its return.
 */
const buffers = Buffers.kept();

/**
 * The exact optimum on a candidate graph whose scores are given: the set of pairs with the
 * largest total score (minus fairness penalties, if any) such that no partner exceeds its
 * capacity, no startup gets more than k partners, pinned pairs are in and pairs below the
 * minimum score are out. Solved as a minimum-cost circulation by network simplex.
 */
export function solveAssignment(graph: CandidateGraph, params: AssignmentParams): Assignment {
  const started = performance.now();
  validateGraph(graph, buffers);
  const room = applyPins(graph, params.k, params.pinned ?? []);
  const { network, pairArc } = assignmentNetwork(
    graph,
    room,
    params.minScore ?? 0,
    params.fairnessPenalty ?? 0,
    buffers,
  );
  const simplex = new NetworkSimplex(network, undefined, buffers);
  simplex.run();
  const { flow, pivots } = simplex;
  const chosen = room.pinned.slice();
  for (let p = 0; p < pairArc.length; p++) {
    const e = pairArc[p]!;
    if (e >= 0 && flow[e] === 1) chosen[p] = 1;
  }
  return {
    chosen,
    totalScore: totalOf(graph, chosen),
    stats: {
      nodes: network.nodeCount,
      arcs: network.arcCount,
      pivots,
      solveMs: performance.now() - started,
    },
  };
}
