import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MatchingInputError } from '../errors.js';
import { bruteForceMilli, objectiveMilli } from '../testing/brute-force.js';
import { highsOptimumMilli } from '../testing/highs-reference.js';
import { pivotChecked, simplexViolations } from '../testing/simplex-invariants.js';
import type { AssignmentParams, CandidateGraph } from './candidate-graph.js';
import { assignmentNetwork } from './flow-model.js';
import { NetworkSimplex, NetworkSimplexError, STATE_LOWER } from './network-simplex.js';
import { applyPins } from './pins.js';
import { solveAssignment } from './solve.js';
import { DIR_DOWN, DIR_UP } from './spanning-tree.js';

/**
 * Matching problems are massively degenerate: most pivots move no flow, and with tied scores
 * many bases share one cost. A network simplex that lost strong feasibility (e.g. the FIRST
 * blocking arc leaving instead of the last) can cycle among them forever; an earlier build hung
 * on 6 × 4 with equal scores. These tests pivot step by step under a pivot cap (the guard is
 * here, in the test, not in the engine), check the whole tree after every pivot, and compare
 * the optimum with brute force (≤ 12 pairs) or HiGHS.
 */

interface Instance {
  graph: CandidateGraph;
  params: AssignmentParams;
}

const TIED_SCORES = [0, 1, 50, 100] as const;

/** Up to 12 × 8, scores all equal or from {0, 1, 50, 100}, capacities 0–3, k 1–3, any pair order. */
const degenerate = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    m: fc.integer({ min: 1, max: 8 }),
  })
  .chain(({ n, m }) =>
    fc.record({
      n: fc.constant(n),
      m: fc.constant(m),
      // Mostly complete graphs: the most ties, the most degenerate pivots.
      present: fc.oneof(
        fc.constant(Array.from({ length: n * m }, () => true)),
        fc.array(fc.boolean(), { minLength: n * m, maxLength: n * m }),
      ),
      scores: fc.oneof(
        fc.constantFrom(1, 50, 100).map((s) => Array.from({ length: n * m }, () => s)),
        fc.array(fc.constantFrom(...TIED_SCORES), { minLength: n * m, maxLength: n * m }),
      ),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: m, maxLength: m }),
      k: fc.integer({ min: 1, max: 3 }),
      minScore: fc.constantFrom(0, 0, 1, 50),
      fairnessPenalty: fc.constantFrom(0, 0, 1, 50),
      /** Sort keys that shuffle the pairs: the arc order among ties follows the pair index. */
      shuffle: fc.array(fc.nat(), { minLength: n * m, maxLength: n * m }),
      pinSeeds: fc.array(fc.nat(), { maxLength: 2 }),
    }),
  )
  .map(({ n, m, present, scores, capacity, k, minScore, fairnessPenalty, shuffle, pinSeeds }) => {
    const cells = Array.from({ length: n * m }, (_, c) => c)
      .filter((c) => present[c])
      .sort((a, b) => shuffle[a]! - shuffle[b]! || a - b);
    const pinned = cells.length === 0 ? [] : [...new Set(pinSeeds.map((s) => s % cells.length))];
    return {
      graph: {
        startupCount: n,
        partnerCount: m,
        capacity: Int32Array.from(capacity),
        pairStartup: Int32Array.from(cells, (c) => Math.floor(c / m)),
        pairPartner: Int32Array.from(cells, (c) => c % m),
        pairScore: Float64Array.from(cells, (c) => scores[c]!),
      },
      params: { k, minScore, fairnessPenalty, pinned },
    };
  });

/** A bound far above what these sizes need (a few hundred pivots), far below "hangs". */
const PIVOT_CAP = 100_000;

/** Pivots the instance's network one step at a time, checking every invariant; null if the pins are infeasible. */
function pivotInstance({ graph, params }: Instance): number | null {
  let room;
  try {
    room = applyPins(graph, params.k, params.pinned ?? []);
  } catch (error) {
    if (error instanceof MatchingInputError) return null;
    throw error;
  }
  const { network } = assignmentNetwork(
    graph,
    room,
    params.minScore ?? 0,
    params.fairnessPenalty ?? 0,
  );
  return pivotChecked(new NetworkSimplex(network), PIVOT_CAP);
}

async function optimumMilli({ graph, params }: Instance): Promise<number | null> {
  if (graph.pairScore.length <= 12) return bruteForceMilli(graph, params);
  return highsOptimumMilli(graph, params);
}

function uniform(
  n: number,
  m: number,
  capacity: number,
  score: number,
  order?: number[],
): Instance {
  const cells = order ?? Array.from({ length: n * m }, (_, c) => c);
  return {
    graph: {
      startupCount: n,
      partnerCount: m,
      capacity: new Int32Array(m).fill(capacity),
      pairStartup: Int32Array.from(cells, (c) => Math.floor(c / m)),
      pairPartner: Int32Array.from(cells, (c) => c % m),
      pairScore: new Float64Array(cells.length).fill(score),
    },
    params: { k: 2, minScore: 0, fairnessPenalty: 0, pinned: [] },
  };
}

/** A fixed pseudo-random permutation (LCG), so the shuffled cases are the same every run. */
function permutation(size: number, seed: number): number[] {
  const order = Array.from({ length: size }, (_, c) => c);
  let x = seed;
  for (let i = size - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

describe('network simplex under heavy degeneracy', () => {
  it('keeps a strongly feasible tree at every pivot, ends, and reaches the optimum', async () => {
    await fc.assert(
      fc.asyncProperty(degenerate, async (instance) => {
        const pivots = pivotInstance(instance);
        if (pivots === null) {
          // Pins beyond a capacity or k: the solver refuses them as brute force/HiGHS would.
          expect(() => solveAssignment(instance.graph, instance.params)).toThrow(
            MatchingInputError,
          );
          return;
        }
        const result = solveAssignment(instance.graph, instance.params);
        expect(result.stats.pivots).toBe(pivots);
        const ours = objectiveMilli(instance.graph, result.chosen, instance.params.fairnessPenalty);
        expect(ours).toBe(await optimumMilli(instance));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['6 × 4, 3 places each, all scores equal', uniform(6, 4, 3, 50)],
    ['6 × 4, 3 places each, all scores 100', uniform(6, 4, 3, 100)],
    ['4 × 3 shuffled, all scores equal', uniform(4, 3, 3, 50, permutation(12, 7))],
    ['5 × 4 shuffled, all scores equal', uniform(5, 4, 3, 50, permutation(20, 11))],
    ['12 × 8 shuffled, 1 place each, all scores equal', uniform(12, 8, 1, 1, permutation(96, 3))],
  ])('%s: ends with the optimum', async (_name, instance) => {
    for (const k of [1, 2, 3]) {
      const withK = { ...instance, params: { ...instance.params, k } };
      expect(pivotInstance(withK)).not.toBeNull();
      const result = solveAssignment(withK.graph, withK.params);
      expect(objectiveMilli(withK.graph, result.chosen)).toBe(await optimumMilli(withK));
    }
  });
});

/**
 * The classic mistake, injected to show what the rule and the engine's guard are for: the
 * FIRST blocking arc on the cycle leaves (ties the other way round on both sides). On these
 * instances it happens to end anyway (20,000 random runs without the guard never cycled), but
 * it loses strong feasibility and with it the guarantee.
 */
class FirstBlockingArc extends NetworkSimplex {
  protected override findLeavingArc(): boolean {
    const { parent, pred, predDir } = this.tree;
    const { flow, capacity, join, inArc } = this;
    const lower = this.state[inArc] === STATE_LOWER;
    const first = lower ? this.source[inArc]! : this.target[inArc]!;
    const second = lower ? this.target[inArc]! : this.source[inArc]!;
    let delta = capacity[inArc]!;
    let result: 0 | 1 | 2 = 0;
    for (let u = first; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      const d = predDir[u] === DIR_DOWN ? capacity[e]! - flow[e]! : flow[e]!;
      if (d <= delta) {
        delta = d;
        this.uOut = u;
        result = 1;
      }
    }
    for (let u = second; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      const d = predDir[u] === DIR_UP ? capacity[e]! - flow[e]! : flow[e]!;
      if (d < delta) {
        delta = d;
        this.uOut = u;
        result = 2;
      }
    }
    this.uIn = result === 1 ? first : second;
    this.vIn = result === 1 ? second : first;
    this.delta = delta;
    this.leavingSide = result;
    return result !== 0;
  }
}

describe('the leaving-arc rule and the engine guard', () => {
  it('with the first blocking arc instead of the last, trees lose strong feasibility and step() stops at the first pivot that could cycle', () => {
    let lostStrongFeasibility = 0;
    let guardFired = 0;
    fc.assert(
      fc.property(degenerate, ({ graph, params }) => {
        let room;
        try {
          room = applyPins(graph, params.k, params.pinned ?? []);
        } catch {
          return;
        }
        const { network } = assignmentNetwork(
          graph,
          room,
          params.minScore ?? 0,
          params.fairnessPenalty ?? 0,
        );
        const simplex = new FirstBlockingArc(network);
        let pivots = 0;
        try {
          while (simplex.step()) {
            if (simplexViolations(simplex).some((v) => v.includes('cannot push'))) {
              lostStrongFeasibility++;
            }
            // A pivot that keeps the cost and lowers the potentials is where cycling starts; the
            // guard throws there, so no run gets near the cap.
            expect(++pivots).toBeLessThan(PIVOT_CAP);
          }
        } catch (error) {
          if (!(error instanceof NetworkSimplexError)) throw error;
          expect(error.message).toMatch(/not strongly feasible/);
          guardFired++;
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
    expect(lostStrongFeasibility).toBeGreaterThan(0);
    expect(guardFired).toBeGreaterThan(0);
  });
});
