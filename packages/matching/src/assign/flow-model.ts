import { arcOrder } from './arc-order.js';
import { Buffers } from './buffers.js';
import { type CandidateGraph, toMilli } from './candidate-graph.js';
import type { FlowNetwork } from './network-simplex.js';
import type { Room } from './pins.js';

export interface AssignmentNetwork {
  network: FlowNetwork;
  /** The arc of each pair, or -1 when the pair cannot be chosen (pinned, too low, no room). */
  pairArc: Int32Array;
}

/**
 * The b-matching as a circulation: source → startup (capacity = places left, cost 0), startup →
 * partner (capacity 1, cost −score in milli-points), partner → sink (places left; with fairness,
 * one unit arc per place costing the penalty times the load before it, which is convex, so the
 * cheap places fill first), and sink → source (cost 0). A minimum-cost circulation sends flow
 * only around cycles of negative cost, so it picks exactly the profitable pairs: the flow amount
 * is free and the optimum is the maximum total score. The network's arrays (and pairArc) are
 * `buffers`' arrays, with room for the solver's artificial arcs.
 */
export function assignmentNetwork(
  graph: CandidateGraph,
  room: Room,
  minScore: number,
  fairnessPenalty: number,
  buffers: Buffers = Buffers.fresh(),
): AssignmentNetwork {
  const n = graph.startupCount;
  const m = graph.partnerCount;
  const { pairStartup, pairPartner, pairScore } = graph;
  const pairs = pairScore.length;
  const minMilli = toMilli(minScore);
  const penaltyMilli = toMilli(fairnessPenalty);
  const pairArc = buffers.int32Array('network.pair-arc', pairs, -1);
  const startupUsed = buffers.uint8Array('network.startup-used', n, 0);
  const partnerUsed = buffers.uint8Array('network.partner-used', m, 0);
  // Integers (the keys of arcOrder's counting passes).
  const milli = buffers.int32Array('network.milli', pairs);
  const usable = buffers.int32Array('network.usable', pairs);
  const { pinned, startup: startupRoom, partner: partnerRoom } = room;
  let usableCount = 0;
  for (let p = 0; p < pairs; p++) {
    const i = pairStartup[p]!;
    const j = pairPartner[p]!;
    const value = toMilli(pairScore[p]!);
    milli[p] = value;
    // A pair worth 0 can never raise the total, so it needs no arc.
    if (pinned[p] === 1 || !(value > 0) || value < minMilli) continue;
    if (startupRoom[i]! <= 0 || partnerRoom[j]! <= 0) continue;
    usable[usableCount++] = p;
    startupUsed[i] = 1;
    partnerUsed[j] = 1;
  }
  const order = arcOrder(usable.subarray(0, usableCount), pairPartner, milli, m, buffers);
  const pairArcs = order.length;
  let arcs = pairArcs;
  for (let i = 0; i < n; i++) arcs += startupUsed[i]!;
  for (let j = 0; j < m; j++) {
    if (partnerUsed[j] === 1) arcs += penaltyMilli > 0 ? room.partner[j]! : 1;
  }
  arcs += 1;

  // Room for the solver's artificial arcs, one per node: it then needs no copy (FlowNetwork).
  const withArtificial = arcs + n + m + 2;
  const source = buffers.int32Array('network.source', withArtificial);
  const target = buffers.int32Array('network.target', withArtificial);
  const capacity = buffers.int32Array('network.capacity', withArtificial);
  // Costs are 0 but where set below (the pair arcs and the places' penalties).
  const cost = buffers.float64Array('network.cost', withArtificial, 0);
  const sourceNode = n + m;
  const sinkNode = n + m + 1;
  // The first tree (see NetworkSimplex): each startup below its best partner, each partner
  // below the sink by its first place, the sink below the source. Its potentials start every
  // startup at its best score, so most first pivots move flow instead of building the tree:
  // measured, about half the pivots of the star (1,000 × 300: 47k → 17k; 10,000 × 2,000:
  // 177k → 53k).
  const hang = buffers.int32Array('network.hang', n + m + 2, -1);
  capacity.fill(1, 0, pairArcs);
  for (let e = 0; e < pairArcs; e++) {
    const p = order[e]!;
    const i = pairStartup[p]!;
    pairArc[p] = e;
    source[e] = i;
    target[e] = n + pairPartner[p]!;
    cost[e] = -milli[p]!;
    if (hang[i]! < 0 || milli[p]! > -cost[hang[i]!]!) hang[i] = e;
  }
  let e = pairArcs;
  let flowBound = 0;
  for (let i = 0; i < n; i++) {
    if (startupUsed[i] === 0) continue;
    source[e] = sourceNode;
    target[e] = i;
    capacity[e] = room.startup[i]!;
    flowBound += room.startup[i]!;
    e++;
  }
  for (let j = 0; j < m; j++) {
    if (partnerUsed[j] === 0) continue;
    const free = room.partner[j]!;
    hang[n + j] = e;
    if (penaltyMilli === 0) {
      source[e] = n + j;
      target[e] = sinkNode;
      capacity[e] = free;
      e++;
      continue;
    }
    // Places already filled by pins come first in the load order.
    const filled = graph.capacity[j]! - free;
    for (let unit = 0; unit < free; unit++, e++) {
      source[e] = n + j;
      target[e] = sinkNode;
      capacity[e] = 1;
      cost[e] = penaltyMilli * (filled + unit);
    }
  }
  source[e] = sinkNode;
  target[e] = sourceNode;
  capacity[e] = flowBound;
  if (flowBound > 0) hang[sinkNode] = e;
  return {
    network: { nodeCount: n + m + 2, arcCount: arcs, source, target, capacity, cost, hang },
    pairArc,
  };
}
