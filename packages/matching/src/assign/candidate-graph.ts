import { Buffers } from './buffers.js';

/**
 * The pairs a run may choose from, as parallel typed arrays (pair p joins startup pairStartup[p]
 * and partner pairPartner[p] with score pairScore[p]). Scores are points 0–100; the solver
 * works in integer milli-points (score × 1000, rounded), which is exact for the engine's scores.
 */
export interface CandidateGraph {
  startupCount: number;
  partnerCount: number;
  /** Free places per partner. */
  capacity: Int32Array;
  pairStartup: Int32Array;
  pairPartner: Int32Array;
  pairScore: Float64Array;
  /** Ids for error messages; indices are shown without them. */
  startupIds?: readonly string[];
  partnerIds?: readonly string[];
}

export interface AssignmentParams {
  /** Partners per startup. */
  k: number;
  /** Pairs below this score are left out unless pinned (default 0). */
  minScore?: number;
  /** Points per place a partner fills beyond its first (default 0). */
  fairnessPenalty?: number;
  /** Pair indices that must be in the result. */
  pinned?: readonly number[];
}

export interface AssignmentStats {
  nodes: number;
  arcs: number;
  pivots: number;
  solveMs: number;
}

export interface Assignment {
  /** 1 for each chosen pair (pinned ones included). */
  chosen: Uint8Array;
  /** Sum of the chosen pairs' scores. */
  totalScore: number;
  stats: AssignmentStats;
}

export const toMilli = (score: number): number => Math.round(score * 1000);

export function startupName(graph: CandidateGraph, i: number): string {
  return graph.startupIds?.[i] ?? `startup #${i}`;
}

export function partnerName(graph: CandidateGraph, j: number): string {
  return graph.partnerIds?.[j] ?? `partner #${j}`;
}

/** Sum of the chosen pairs' scores, added in milli-points so that it is exact. */
export function totalOf(graph: CandidateGraph, chosen: Uint8Array): number {
  const { pairScore } = graph;
  let milli = 0;
  for (let p = 0; p < chosen.length; p++) if (chosen[p] === 1) milli += toMilli(pairScore[p]!);
  return milli / 1000;
}

/**
 * Throws when a pair names an unknown startup or partner, has no finite score, or appears twice
 * (it could then be chosen twice).
 */
export function validateGraph(graph: CandidateGraph, buffers: Buffers = Buffers.fresh()): void {
  const { pairStartup, pairPartner, pairScore, startupCount, partnerCount } = graph;
  const pairs = pairStartup.length;
  if (pairPartner.length !== pairs || pairScore.length !== pairs) {
    throw new RangeError('pairStartup, pairPartner and pairScore differ in length');
  }
  // Bucket the pairs by startup (unless they come so already, as scoring writes them), then stamp
  // each startup's partners: linear time, no hashing.
  const start = buffers.int32Array('validate.start', startupCount + 1, 0);
  let byStartup = true;
  let previous = 0;
  for (let p = 0; p < pairs; p++) {
    const i = pairStartup[p]!;
    const j = pairPartner[p]!;
    if (!(i >= 0 && i < startupCount && j >= 0 && j < partnerCount)) {
      throw new RangeError(`pair ${p} joins an unknown startup or partner`);
    }
    if (!Number.isFinite(pairScore[p])) throw new RangeError(`pair ${p} has no finite score`);
    if (i < previous) byStartup = false;
    previous = i;
    start[i + 1]!++;
  }
  let order: Int32Array | null = null;
  if (!byStartup) {
    for (let i = 0; i < startupCount; i++) start[i + 1]! += start[i]!;
    const fill = buffers.int32Array('validate.fill', startupCount);
    fill.set(start.subarray(0, startupCount));
    order = buffers.int32Array('validate.order', pairs);
    for (let p = 0; p < pairs; p++) order[fill[pairStartup[p]!]!++] = p;
  }
  const stamp = buffers.int32Array('validate.stamp', partnerCount, -1);
  for (let q = 0; q < pairs; q++) {
    const p = order === null ? q : order[q]!;
    const i = pairStartup[p]!;
    const j = pairPartner[p]!;
    if (stamp[j] === i) {
      throw new RangeError(`${startupName(graph, i)} – ${partnerName(graph, j)} appears twice`);
    }
    stamp[j] = i;
  }
}
