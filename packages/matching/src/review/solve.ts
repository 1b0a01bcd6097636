import { arcOrder } from '../assign/arc-order.js';
import {
  type CandidateGraph,
  partnerName,
  startupName,
  toMilli,
  validateGraph,
} from '../assign/candidate-graph.js';
import { type FlowNetwork, NetworkSimplex } from '../assign/network-simplex.js';
import { ReviewAssignmentError, type ReviewIssue } from './errors.js';
import { type ReviewRoom, reviewRoom } from './room.js';
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
    fit[p] = toMilli(graph.pairScore[p]);
    if (fit[p] < 0) throw new RangeError(`pair ${p} has a negative fit`);
    if (room.pinned[p] === 1 || room.reviewer[graph.pairPartner[p]] <= 0) continue;
    if (room.application[graph.pairStartup[p]] <= 0) continue;
    usable.push(p);
    maxFit = Math.max(maxFit, fit[p]);
  }
  checkCounts(graph, room, usable);

  let placed = 0;
  for (let i = 0; i < n; i++) placed += room.application[i];
  const nodeCount = n + m + 2;
  const bonusFactor = Math.min(n, m) + 1;
  const seed = params.spreadSeed ?? null;
  const { levels, fitScale } = spreadScale(placed, maxFit, bonusFactor, nodeCount, seed !== null);
  const weight = new Float64Array(pairs);
  for (const p of usable) {
    const tie =
      levels > 1 ? tieBreak(seed ?? 0, graph.pairStartup[p], graph.pairPartner[p], levels) : 0;
    weight[p] = fit[p] * fitScale + tie;
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
      const arc = network.applicationArc[i];
      if (arc >= 0 && flow[arc] < room.application[i]) short.push(i);
    }
    if (short.length > 0) throw new ReviewAssignmentError(shortIssues(graph, params.r, short));
    const chosen = Uint8Array.from(room.pinned);
    network.pairOfArc.forEach((p, arc) => {
      if (flow[arc] === 1) chosen[p] = 1;
    });
    let fitMilli = 0;
    for (let p = 0; p < pairs; p++) if (chosen[p] === 1) fitMilli += fit[p];
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

interface ReviewModel {
  graph: ReviewGraph;
  room: ReviewRoom;
  /** Each usable pair's weight: fit × B + tie-break (integers). */
  weight: Float64Array;
  /** The bonus K per unit on an application's arc. */
  bonus: number;
}

/**
 * The arcs of the first round: per application its best `perApplication` reviewers by
 * weight. Measured on the benchmark (2,000 × 150, r = 3): few arcs make each round fast, the
 * pricing adds what the loads push beyond them.
 */
function initialArcs(
  model: ReviewModel,
  usable: readonly number[],
  perApplication: number,
): Uint8Array {
  const { graph, weight } = model;
  const active = new Uint8Array(graph.pairScore.length);
  const lists: number[][] = Array.from({ length: graph.startupCount }, () => []);
  for (const p of usable) lists[graph.pairStartup[p]].push(p);
  for (const list of lists) {
    if (list.length > perApplication) {
      list.sort((a, b) => weight[b] - weight[a] || a - b);
      list.length = perApplication;
    }
    for (const p of list) active[p] = 1;
  }
  return active;
}

/**
 * Measured on the benchmark's 2,000 × 150, r = 3 (CPU ms of the whole run / pivots): 2 → 1,260 /
 * 806k (the first round is too thin, the pricing adds 130k arcs), 3 → 560 / 112k, 6 → 590 / 192k,
 * every arc (one round) → 1,000 / 380k.
 */
export const INITIAL_ARCS_PER_R = 3;

/**
 * LEMON's block of √arcs. Unlike mentor matching (arc-order.ts), these networks are short of
 * reviewer capacity and the first improving arc pivots far more often: measured as above,
 * block 1 → 810 ms / 1.4M pivots, 32 → 540 / 308k, 160 → 557 / 112k.
 */
function pricingBlock(arcs: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(arcs)));
}

/** Usable arcs left out whose reduced cost under the potentials `pi` is negative. */
function violatedArcs(
  model: ReviewModel,
  usable: readonly number[],
  active: Uint8Array,
  pi: Float64Array,
): number[] {
  const { graph, weight } = model;
  const n = graph.startupCount;
  const entering: number[] = [];
  for (const p of usable) {
    if (active[p] === 1) continue;
    if (-weight[p] + pi[graph.pairStartup[p]] - pi[n + graph.pairPartner[p]] < 0) entering.push(p);
  }
  return entering;
}

/**
 * The circulation over the active pair arcs: source → application (r − pins, cost −K),
 * application → reviewer (1, −weight), reviewer → sink (load left), sink → source.
 */
function reviewNetwork(
  model: ReviewModel,
  active: Uint8Array,
): { network: FlowNetwork; applicationArc: Int32Array; pairOfArc: Int32Array } {
  const { graph, room, weight } = model;
  const n = graph.startupCount;
  const m = graph.partnerCount;
  const list: number[] = [];
  active.forEach((a, p) => {
    if (a === 1) list.push(p);
  });
  const pairOfArc = arcOrder(Int32Array.from(list), graph.pairPartner, weight, m);
  let needy = 0;
  let placed = 0;
  for (const need of room.application) {
    if (need > 0) needy++;
    placed += Math.max(0, need);
  }
  let withRoom = 0;
  for (const left of room.reviewer) if (left > 0) withRoom++;
  const arcCount = pairOfArc.length + needy + withRoom + 1;
  const source = new Int32Array(arcCount);
  const target = new Int32Array(arcCount);
  const capacity = new Int32Array(arcCount);
  const cost = new Float64Array(arcCount);
  const sourceNode = n + m;
  const sinkNode = n + m + 1;
  pairOfArc.forEach((p, e) => {
    source[e] = graph.pairStartup[p];
    target[e] = n + graph.pairPartner[p];
    capacity[e] = 1;
    cost[e] = -weight[p];
  });
  let e = pairOfArc.length;
  const applicationArc = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (room.application[i] <= 0) continue;
    applicationArc[i] = e;
    source[e] = sourceNode;
    target[e] = i;
    capacity[e] = room.application[i];
    cost[e] = -model.bonus;
    e++;
  }
  for (let j = 0; j < m; j++) {
    if (room.reviewer[j] <= 0) continue;
    source[e] = n + j;
    target[e] = sinkNode;
    capacity[e] = room.reviewer[j];
    e++;
  }
  source[e] = sinkNode;
  target[e] = sourceNode;
  capacity[e] = placed;
  return {
    network: { nodeCount: n + m + 2, arcCount, source, target, capacity, cost },
    applicationArc,
    pairOfArc,
  };
}

/**
 * The infeasibilities that counting finds before solving: less load in total than reviews
 * wanted, or an application with fewer possible reviewers than it needs.
 */
function checkCounts(graph: ReviewGraph, room: ReviewRoom, usable: readonly number[]): void {
  const issues: ReviewIssue[] = [];
  let wanted = 0;
  let free = 0;
  for (const need of room.application) wanted += Math.max(0, need);
  for (const left of room.reviewer) free += Math.max(0, left);
  if (free < wanted) {
    issues.push({
      code: 'not-enough-capacity',
      message: {
        de: `Die Gutachter:innen können zusammen noch ${free} Bewerbungen übernehmen, gebraucht werden ${wanted} Gutachten`,
        en: `The reviewers can take ${free} more reviews in total, but ${wanted} are needed`,
      },
    });
  }
  const possible = new Int32Array(graph.startupCount);
  for (const p of usable) possible[graph.pairStartup[p]]++;
  for (let i = 0; i < graph.startupCount; i++) {
    const need = room.application[i];
    if (possible[i] >= need) continue;
    const applicationId = startupName(graph, i);
    const pinned = room.pinnedCount[i];
    const has = possible[i] + pinned;
    const wantedHere = need + pinned;
    issues.push({
      code: 'too-few-reviewers',
      applicationId,
      message: {
        de: `${applicationId} hat nur ${has} mögliche Gutachter:innen (ohne Interessenkonflikt, Ausschluss oder volle Auslastung), braucht aber ${wantedHere}`,
        en: `${applicationId} has only ${has} possible reviewers (without a conflict, exclusion or full load) but needs ${wantedHere}`,
      },
    });
  }
  if (issues.length > 0) throw new ReviewAssignmentError(issues);
}

/** Applications the optimum left short: together they share too few reviewers' loads. */
function shortIssues(graph: ReviewGraph, r: number, short: readonly number[]): ReviewIssue[] {
  const isShort = new Uint8Array(graph.startupCount);
  for (const i of short) isShort[i] = 1;
  const shared = new Set<number>();
  for (let p = 0; p < graph.pairScore.length; p++) {
    if (isShort[graph.pairStartup[p]] === 1) shared.add(graph.pairPartner[p]);
  }
  const names = [...shared].map((j) => partnerName(graph, j));
  const list = names.slice(0, 10).join(', ') + (names.length > 10 ? ', …' : '');
  return short.map((i) => {
    const applicationId = startupName(graph, i);
    return {
      code: 'no-feasible-assignment' as const,
      applicationId,
      message: {
        de: `${applicationId} bekommt keine ${r} Gutachter:innen: die ${short.length} so betroffenen Bewerbungen teilen sich ${names.length} mögliche Gutachter:innen (${list}), deren Auslastung nicht reicht`,
        en: `${applicationId} cannot get ${r} reviewers: the ${short.length} applications affected share ${names.length} possible reviewers (${list}) whose loads do not suffice`,
      },
    };
  });
}
