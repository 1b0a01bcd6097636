import { arcOrder } from '../assign/arc-order.js';
import type { FlowNetwork } from '../assign/network-simplex.js';
import type { ReviewRoom } from './room.js';
import type { ReviewGraph } from './solve.js';

export interface ReviewModel {
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
export function initialArcs(
  model: ReviewModel,
  usable: readonly number[],
  perApplication: number,
): Uint8Array {
  const { graph, weight } = model;
  const active = new Uint8Array(graph.pairScore.length);
  const lists: number[][] = Array.from({ length: graph.startupCount }, () => []);
  for (const p of usable) lists[graph.pairStartup[p]!]!.push(p);
  for (const list of lists) {
    if (list.length > perApplication) {
      list.sort((a, b) => weight[b]! - weight[a]! || a - b);
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
export function pricingBlock(arcs: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(arcs)));
}

/** Usable arcs left out whose reduced cost under the potentials `pi` is negative. */
export function violatedArcs(
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
    if (-weight[p]! + pi[graph.pairStartup[p]!]! - pi[n + graph.pairPartner[p]!]! < 0)
      entering.push(p);
  }
  return entering;
}

/**
 * The circulation over the active pair arcs: source → application (r − pins, cost −K),
 * application → reviewer (1, −weight), reviewer → sink (load left), sink → source.
 */
export function reviewNetwork(
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
    source[e] = graph.pairStartup[p]!;
    target[e] = n + graph.pairPartner[p]!;
    capacity[e] = 1;
    cost[e] = -weight[p]!;
  });
  let e = pairOfArc.length;
  const applicationArc = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (room.application[i]! <= 0) continue;
    applicationArc[i] = e;
    source[e] = sourceNode;
    target[e] = i;
    capacity[e] = room.application[i]!;
    cost[e] = -model.bonus;
    e++;
  }
  for (let j = 0; j < m; j++) {
    if (room.reviewer[j]! <= 0) continue;
    source[e] = n + j;
    target[e] = sinkNode;
    capacity[e] = room.reviewer[j]!;
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
