import type { ReviewSpread } from './types.js';

/**
 * The spread of co-reviews, as a lexicographic second objective.
 *
 * Why not a penalty on shared applications: how often reviewers j and k meet is a sum of products
 * x_aj·x_ak, a quadratic assignment problem (NP-hard), which no min-cost flow expresses. What a
 * flow does express is a second, strictly smaller objective on the pair arcs: every pair (a, j)
 * gets a pseudo-random tie-break value t_aj in [0, levels) from a seeded hash, and the arc's
 * weight becomes fit_aj × B + t_aj with B = (levels − 1) × P + 1, where P is the number of pairs
 * the solver places. Every complete assignment places exactly P pairs, so the tie-break values of
 * two assignments differ by at most (levels − 1) × P < B, less than one milli-point of fit: an
 * assignment with more fit always wins, and the optimum of the combined weights IS an optimum of
 * the fit (provably, and tested against brute force and HiGHS). Among the many assignments of
 * equal fit — reviewers of equal expertise are common, and a flow solver returns a vertex that
 * sends them together — the one chosen maximises independent random preferences per pair, so
 * two equally fitting reviewers meet about as often as random draws would make them, instead
 * of always. It never lowers the fit to spread; where only the same few reviewers fit, they
 * review together, which the result's `spread` figures show.
 */

/** More levels separate ties more finely; beyond this the gain is nil. */
const MAX_LEVELS = 4096;
/** Potentials and reduced costs must stay exact integers in doubles; a quarter leaves room. */
const SAFE = Number.MAX_SAFE_INTEGER / 4;

export interface SpreadScale {
  /** Distinct tie-break values (1 = no tie-break). */
  levels: number;
  /** The fit's multiplier B. */
  fitScale: number;
}

/**
 * The largest number of tie-break levels for which every arc weight, the saturating bonus on the
 * application arcs and any simplex potential (a sum of arc weights along a tree path, which
 * passes the source at most once, so at most two bonus arcs) stay exact in doubles.
 */
export function spreadScale(
  placed: number,
  maxFitMilli: number,
  bonusFactor: number,
  nodes: number,
  enabled: boolean,
): SpreadScale {
  const bound = (levels: number) => {
    const fitScale = (levels - 1) * placed + 1;
    const weight = Math.max(1, maxFitMilli) * fitScale + levels;
    return (2 * bonusFactor + nodes + 2) * weight;
  };
  if (bound(1) > SAFE) {
    throw new RangeError(`the review assignment is too large to solve exactly (${nodes} nodes)`);
  }
  let levels = 1;
  if (enabled) {
    levels = MAX_LEVELS;
    while (levels > 1 && bound(levels) > SAFE) levels >>= 1;
  }
  return { levels, fitScale: (levels - 1) * placed + 1 };
}

/** A pair's tie-break value in [0, levels): a 32-bit integer hash of (seed, a, j). */
export function tieBreak(seed: number, a: number, j: number, levels: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(a + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ Math.imul(j + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % levels;
}

/** How often reviewers meet, from each application's reviewer indices. */
export function measureSpread(
  reviewersOf: readonly (readonly number[])[],
  load: Int32Array,
): ReviewSpread {
  const m = load.length;
  const shared = new Map<number, number>();
  for (const list of reviewersOf) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const j = Math.min(list[x]!, list[y]!);
        const k = Math.max(list[x]!, list[y]!);
        const key = j * m + k;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  let maxShared = 0;
  let alwaysTogether = 0;
  for (const [key, count] of shared) {
    maxShared = Math.max(maxShared, count);
    const j = Math.floor(key / m);
    const fewer = Math.min(load[j]!, load[key - j * m]!);
    if (fewer >= 2 && count === fewer) alwaysTogether++;
  }
  return { maxShared, alwaysTogether, pairsThatMeet: shared.size };
}
