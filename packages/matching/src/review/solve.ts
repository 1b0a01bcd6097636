import { type CandidateGraph, toMilli, validateGraph } from '../assign/candidate-graph.js';
import { NetworkSimplex } from '../assign/network-simplex.js';
import { ReviewAssignmentError } from './errors.js';
import { checkCounts, shortIssues } from './infeasible.js';
import {
  INITIAL_ARCS_PER_R,
  initialArcs,
  pricingBlock,
  type ReviewModel,
  reviewNetwork,
  violatedArcs,
} from './network.js';
import { reviewRoom } from './room.js';
import { spreadScale, tieBreak } from './spread.js';

/**
 * A review assignment problem by index: the candidate graph's startups are the applications, its
 * partners the reviewers, `capacity` their load limits and `pairScore` the fit (0–100). Pairs
 * that are not in the graph (conflicts, must-not pins) can never be assigned.
 */
export type ReviewGraph = CandidateGraph;

export interface ReviewSolveParams {
  /** Reviewers per application, exactly. */
  r: number;
  /** Pair indices that must be assigned. */
  pinned?: readonly number[];
  /** Seed of the spread's tie-break; null = off. */
  spreadSeed?: number | null;
  /**
   * Arcs per application in the first round, as a multiple of r (default INITIAL_ARCS_PER_R).
   * Only speed depends on it; the tests set it low so that the pricing loop has work to do.
   */
  initialArcsPerR?: number;
}

export interface ReviewSolution {
  /** 1 for each assigned pair (pins included). */
  chosen: Uint8Array;
  /** Sum of the assigned pairs' fit in milli-points: the largest any valid assignment reaches. */
  fitMilli: number;
  nodes: number;
  arcs: number;
  /** Pair arcs the solver could choose. */
  candidates: number;
  pivots: number;
  /** Solves of the pricing loop (1 when the first arcs sufficed). */
  rounds: number;
  spreadLevels: number;
  solveMs: number;
}

/**
 * Every application gets exactly r reviewers, no reviewer more than their load, only pairs in the
 * graph, pins in; among those, the largest total fit, and among equal fit the best spread
 * (review/spread.ts). Solved exactly as a minimum-cost circulation by the engine's network
 * simplex: source → application (capacity r − pins), application → reviewer (capacity 1, weight
 * fit × B + tie-break), reviewer → sink (load left), sink → source.
 *
 * "Exactly r" without lower bounds: each application arc earns a bonus K larger than any gain
 * an exchange of reviewers can bring. An optimal circulation that left an application short
 * while some complete assignment exists would have an augmenting path source → … → sink in its
 * residual network; that path is simple, so it takes back at most min(applications, reviewers)
 * pair arcs, each worth at most the largest weight W, and with the return arc it is a cycle of
 * cost ≤ −K + min(n, m) × W < 0 — not optimal. Hence K = (min(n, m) + 1) × W makes the optimum
 * complete whenever a complete assignment exists; all complete assignments place the same
 * number of pairs, so K adds the same to each and leaves the fit order alone. A short
 * application in the optimum therefore proves infeasibility (and names the group that is short).
 */
export function solveReviewAssignment(
  graph: ReviewGraph,
  params: ReviewSolveParams,
): ReviewSolution {
  const started = performance.now();
  validateGraph(graph);
  const room = reviewRoom(graph, params.r, params.pinned ?? []);
  const n = graph.startupCount;
  const m = graph.partnerCount;
  const pairs = graph.pairScore.length;

  const fit = new Float64Array(pairs);
  const usable: number[] = [];
  let maxFit = 0;
  for (let p = 0; p < pairs; p++) {
    fit[p] = toMilli(graph.pairScore[p]!);
    if (fit[p]! < 0) throw new RangeError(`pair ${p} has a negative fit`);
    if (room.pinned[p] === 1 || room.reviewer[graph.pairPartner[p]!]! <= 0) continue;
    if (room.application[graph.pairStartup[p]!]! <= 0) continue;
    usable.push(p);
    maxFit = Math.max(maxFit, fit[p]!);
  }
  checkCounts(graph, room, usable);

  let placed = 0;
  for (let i = 0; i < n; i++) placed += room.application[i]!;
  const nodeCount = n + m + 2;
  const bonusFactor = Math.min(n, m) + 1;
  const seed = params.spreadSeed ?? null;
  const { levels, fitScale } = spreadScale(placed, maxFit, bonusFactor, nodeCount, seed !== null);
  const weight = new Float64Array(pairs);
  for (const p of usable) {
    const tie =
      levels > 1 ? tieBreak(seed ?? 0, graph.pairStartup[p]!, graph.pairPartner[p]!, levels) : 0;
    weight[p] = fit[p]! * fitScale + tie;
  }
  const model: ReviewModel = {
    graph,
    room,
    weight,
    bonus: bonusFactor * Math.max(1, maxFit * fitScale + levels - 1),
  };

  // Pricing loop (exact): solve on each application's best arcs, then check every arc left out
  // against the optimal potentials; an arc with a negative reduced cost joins and the network is
  // solved again. When none is left, the potentials prove the flow optimal for the whole graph
  // (LP duality: they are feasible duals for every arc, with complementary slackness), so the
  // answer is that of the full network, at a fraction of its arcs.
  const active = initialArcs(
    model,
    usable,
    params.r * (params.initialArcsPerR ?? INITIAL_ARCS_PER_R),
  );
  let pivots = 0;
  let rounds = 0;
  for (;;) {
    rounds++;
    const network = reviewNetwork(model, active);
    const solver = new NetworkSimplex(network.network, pricingBlock(network.network.arcCount));
    solver.run();
    pivots += solver.pivots;
    const entering = violatedArcs(model, usable, active, solver.pi);
    if (entering.length > 0) {
      for (const p of entering) active[p] = 1;
      continue;
    }
    const flow = solver.flow;
    const short: number[] = [];
    for (let i = 0; i < n; i++) {
      const arc = network.applicationArc[i]!;
      if (arc >= 0 && flow[arc]! < room.application[i]!) short.push(i);
    }
    if (short.length > 0) throw new ReviewAssignmentError(shortIssues(graph, params.r, short));
    const chosen = Uint8Array.from(room.pinned);
    network.pairOfArc.forEach((p, arc) => {
      if (flow[arc] === 1) chosen[p] = 1;
    });
    let fitMilli = 0;
    for (let p = 0; p < pairs; p++) if (chosen[p] === 1) fitMilli += fit[p]!;
    return {
      chosen,
      fitMilli,
      nodes: nodeCount,
      arcs: network.network.arcCount,
      candidates: usable.length,
      pivots,
      rounds,
      spreadLevels: levels,
      solveMs: performance.now() - started,
    };
  }
}
