import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { toMilli } from '../assign/candidate-graph.js';
import { highsSolveLp } from '../testing/highs-reference.js';
import { bruteForceReview, tieBreakSum } from '../testing/review-brute-force.js';
import { reviewInstances } from '../testing/review-instances.js';
import { reviewAssignmentLp } from './lp-model.js';
import { ReviewAssignmentError } from './errors.js';
import {
  type ReviewGraph,
  type ReviewSolution,
  type ReviewSolveParams,
  solveReviewAssignment,
} from './solve.js';

function trySolve(
  graph: ReviewGraph,
  params: ReviewSolveParams,
): ReviewSolution | ReviewAssignmentError {
  try {
    return solveReviewAssignment(graph, params);
  } catch (error) {
    if (error instanceof ReviewAssignmentError) return error;
    throw error;
  }
}

/** Exactly r per application, loads kept, pins in, only pairs of the graph (no conflicts). */
function assertRules(graph: ReviewGraph, params: ReviewSolveParams, chosen: Uint8Array): void {
  const perApplication = new Int32Array(graph.startupCount);
  const load = new Int32Array(graph.partnerCount);
  chosen.forEach((c, p) => {
    if (c !== 1) return;
    perApplication[graph.pairStartup[p]!]!++;
    load[graph.pairPartner[p]!]!++;
  });
  perApplication.forEach((count) => expect(count).toBe(params.r));
  load.forEach((count, j) => expect(count).toBeLessThanOrEqual(graph.capacity[j]!));
  for (const p of params.pinned ?? []) expect(chosen[p]).toBe(1);
}

const fitOf = (graph: ReviewGraph, chosen: Uint8Array) => {
  let milli = 0;
  chosen.forEach((c, p) => (milli += c === 1 ? toMilli(graph.pairScore[p]!) : 0));
  return milli;
};

describe('solveReviewAssignment on random small problems', () => {
  it('keeps every rule and equals the brute-force optimum of fit, then of the spread tie-break', () => {
    fc.assert(
      fc.property(
        reviewInstances({ applications: 4, reviewers: 4, maxPairs: 12 }),
        ({ graph, params }) => {
          const result = trySolve(graph, params);
          // The tie-break levels depend on the instance's size only; ask the solver's answer.
          const levels = result instanceof ReviewAssignmentError ? 1 : result.spreadLevels;
          const best = bruteForceReview(graph, params, levels);
          if (best === null) {
            expect(result).toBeInstanceOf(ReviewAssignmentError);
            return;
          }
          if (result instanceof ReviewAssignmentError) throw result;
          assertRules(graph, params, result.chosen);
          expect(result.fitMilli).toBe(best.fitMilli);
          expect(fitOf(graph, result.chosen)).toBe(best.fitMilli);
          if (params.spreadSeed != null) {
            expect(levels).toBeGreaterThan(1);
            expect(tieBreakSum(graph, result.chosen, params.spreadSeed, levels)).toBe(
              best.tieBreak,
            );
          }
        },
      ),
      { numRuns: 500, seed: 1616 },
    );
  });

  it('equals the HiGHS LP optimum, and is infeasible exactly when the LP is', async () => {
    await fc.assert(
      fc.asyncProperty(
        reviewInstances({ applications: 12, reviewers: 8, maxPairs: 96 }),
        async ({ graph, params }) => {
          const result = trySolve(graph, params);
          const lp = await highsSolveLp(reviewAssignmentLp(graph, params));
          if (result instanceof ReviewAssignmentError) {
            expect(lp.status).toBe('Infeasible');
            return;
          }
          expect(lp.status).toBe('Optimal');
          assertRules(graph, params, result.chosen);
          expect(Math.abs(result.fitMilli - lp.objective) / 1000).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 200, seed: 1617 },
    );
  });
});
