import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MatchingInputError } from '../errors.js';
import { instances } from '../testing/arbitraries.js';
import { bruteForceMilli, objectiveMilli } from '../testing/brute-force.js';
import { highsOptimumMilli } from '../testing/highs-reference.js';
import {
  toMilli,
  type Assignment,
  type CandidateGraph,
  type AssignmentParams,
} from './candidate-graph.js';
import { greedyAssignment } from './greedy.js';
import { solveAssignment } from './solve.js';

function trySolve(graph: CandidateGraph, params: AssignmentParams): Assignment | null {
  try {
    return solveAssignment(graph, params);
  } catch (error) {
    if (error instanceof MatchingInputError) return null;
    throw error;
  }
}

function assertRules(graph: CandidateGraph, params: AssignmentParams, chosen: Uint8Array): void {
  const startupLoad = new Int32Array(graph.startupCount);
  const partnerLoad = new Int32Array(graph.partnerCount);
  const pinned = new Set(params.pinned ?? []);
  chosen.forEach((c, p) => {
    if (c !== 1) return;
    startupLoad[graph.pairStartup[p]!]!++;
    partnerLoad[graph.pairPartner[p]!]!++;
    if (!pinned.has(p))
      expect(toMilli(graph.pairScore[p]!)).toBeGreaterThanOrEqual(toMilli(params.minScore ?? 0));
  });
  for (const p of pinned) expect(chosen[p]).toBe(1);
  startupLoad.forEach((load) => expect(load).toBeLessThanOrEqual(params.k));
  partnerLoad.forEach((load, j) => expect(load).toBeLessThanOrEqual(graph.capacity[j]!));
}

describe('solveAssignment on random small graphs', () => {
  it('keeps every rule and equals the brute-force optimum', () => {
    fc.assert(
      fc.property(
        instances({ startups: 4, partners: 4, maxPairs: 12, pins: true, fairness: true }),
        ({ graph, params }) => {
          const best = bruteForceMilli(graph, params);
          const result = trySolve(graph, params);
          if (best === null) {
            expect(result).toBeNull();
            return;
          }
          expect(result).not.toBeNull();
          assertRules(graph, params, result!.chosen);
          expect(objectiveMilli(graph, result!.chosen, params.fairnessPenalty)).toBe(best);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('equals the HiGHS LP optimum and is never below greedy', async () => {
    await fc.assert(
      fc.asyncProperty(
        instances({ startups: 12, partners: 8, maxPairs: 96, pins: true, fairness: true }),
        async ({ graph, params }) => {
          const result = trySolve(graph, params);
          if (result === null) return;
          assertRules(graph, params, result.chosen);
          const ours = objectiveMilli(graph, result.chosen, params.fairnessPenalty);
          const lp = await highsOptimumMilli(graph, params);
          expect(Math.abs(ours - lp) / 1000).toBeLessThan(1e-6);
          if ((params.fairnessPenalty ?? 0) === 0) {
            const greedy = greedyAssignment(graph, params);
            assertRules(graph, params, greedy.chosen);
            expect(result.totalScore).toBeGreaterThanOrEqual(greedy.totalScore);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
