import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { highsSolveLp } from '../testing/highs-reference.js';
import { assignReviewers } from './assign.js';
import { ReviewAssignmentError } from './errors.js';
import { reviewAssignmentLp } from './lp-model.js';
import { buildReviewProblem } from './problem.js';
import type { ReviewAssignmentInput, ReviewPairRef } from './types.js';

const SECTORS = ['fintech', 'healthtech', 'software'];
const TOPICS = ['pricing', 'sales', 'hiring', 'legal'];
const STAGES = ['idea', 'seed', 'series-a'];

/** Small calls with random profiles, loads, conflicts, must-not pins and must-pins (by id). */
const calls: fc.Arbitrary<ReviewAssignmentInput> = fc
  .record({
    n: fc.integer({ min: 1, max: 8 }),
    m: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ n, m }) => {
    const pair = fc
      .record({ a: fc.nat({ max: n - 1 }), j: fc.nat({ max: m - 1 }) })
      .map(({ a, j }): ReviewPairRef => ({ applicationId: `a${a}`, reviewerId: `r${j}` }));
    return fc.record({
      applications: fc.array(
        fc.record({
          sectors: fc.subarray(SECTORS, { maxLength: 2 }),
          topics: fc.subarray(TOPICS),
          stage: fc.option(fc.constantFrom(...STAGES), { nil: null }),
        }),
        { minLength: n, maxLength: n },
      ),
      reviewers: fc.array(
        fc.record({
          sectors: fc.subarray(SECTORS),
          topics: fc.subarray(TOPICS),
          stages: fc.subarray(STAGES),
          maxLoad: fc.integer({ min: 0, max: 6 }),
        }),
        { minLength: m, maxLength: m },
      ),
      r: fc.integer({ min: 1, max: 3 }),
      conflicts: fc.array(pair, { maxLength: 4 }),
      forbidden: fc.array(pair, { maxLength: 2 }),
      pinned: fc.array(pair, { maxLength: 2 }),
      spreadSeed: fc.option(fc.nat(), { nil: null }),
    });
  })
  .map(({ applications, reviewers, r, conflicts, forbidden, pinned, spreadSeed }) => ({
    applications: applications.map((a, i) => ({ ...a, id: `a${i}` })),
    reviewers: reviewers.map((reviewer, j) => ({ ...reviewer, id: `r${j}` })),
    params: { r, conflicts, forbidden, pinned, spreadSeed },
  }));

const key = (pair: ReviewPairRef) => `${pair.applicationId}|${pair.reviewerId}`;

describe('assignReviewers on random calls', () => {
  it('keeps r, loads, conflicts and pins, and reaches the LP optimum of the fit', async () => {
    let assigned = 0;
    await fc.assert(
      fc.asyncProperty(calls, async (input) => {
        const params = input.params!;
        let result;
        try {
          result = assignReviewers(input);
        } catch (error) {
          if (!(error instanceof ReviewAssignmentError)) throw error;
          // Infeasible: either a rule of the input, or the LP agrees that no assignment exists.
          const rules = [
            'pin-conflict',
            'pin-forbidden',
            'pin-over-load',
            'pin-over-r',
            'pin-duplicate',
          ];
          if (error.issues.some((issue) => rules.includes(issue.code))) return;
          const problem = buildReviewProblem(input);
          const lp = await highsSolveLp(
            reviewAssignmentLp(problem.graph, { r: params.r!, pinned: problem.pinned }),
          );
          expect(lp.status).toBe('Infeasible');
          return;
        }
        assigned++;
        const perApplication = new Map<string, number>();
        const load = new Map<string, number>();
        const chosen = new Set(result.pairs.map(key));
        expect(chosen.size).toBe(result.pairs.length);
        for (const pair of result.pairs) {
          perApplication.set(pair.applicationId, (perApplication.get(pair.applicationId) ?? 0) + 1);
          load.set(pair.reviewerId, (load.get(pair.reviewerId) ?? 0) + 1);
          expect(pair.score).toBeCloseTo(
            pair.parts.reduce((sum, part) => sum + part.points, 0),
            6,
          );
        }
        for (const application of input.applications) {
          expect(perApplication.get(application.id)).toBe(params.r);
        }
        for (const reviewer of input.reviewers) {
          expect(load.get(reviewer.id) ?? 0).toBeLessThanOrEqual(reviewer.maxLoad);
        }
        for (const pair of [...params.conflicts!, ...params.forbidden!]) {
          expect(chosen.has(key(pair))).toBe(false);
        }
        for (const pair of params.pinned!) expect(chosen.has(key(pair))).toBe(true);
        const problem = buildReviewProblem(input);
        const lp = await highsSolveLp(
          reviewAssignmentLp(problem.graph, { r: params.r!, pinned: problem.pinned }),
        );
        expect(lp.status).toBe('Optimal');
        expect(Math.abs(result.totalScore * 1000 - lp.objective)).toBeLessThan(1e-6);
      }),
      { numRuns: 300, seed: 1618 },
    );
    // The generator must reach feasible calls often enough for the property to say something.
    expect(assigned).toBeGreaterThan(60);
  });
});
