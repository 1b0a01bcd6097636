import { describe, expect, it } from '@jest/globals';
import { assignReviewers } from './assign.js';
import type { ReviewAssignmentInput } from './types.js';

/** Every reviewer fits every application equally: the fit alone says nothing about who meets. */
const ties = (applications: number, reviewers: number, maxLoad: number): ReviewAssignmentInput => ({
  applications: Array.from({ length: applications }, (_, i) => ({
    id: `a${i}`,
    sectors: ['fintech'],
    topics: ['pricing'],
    stage: 'seed',
  })),
  reviewers: Array.from({ length: reviewers }, (_, j) => ({
    id: `r${j}`,
    sectors: ['fintech'],
    topics: ['pricing'],
    stages: ['seed'],
    maxLoad,
  })),
});

describe('the spread of co-reviews', () => {
  it('mixes equally fitting reviewers: no two always together, nearly every pair meets', () => {
    // 60 applications × 3 reviewers = 180 meetings over 66 reviewer pairs (2.7 each on average).
    const input = ties(60, 12, 18);
    const off = assignReviewers({ ...input, params: { r: 3, spreadSeed: null } });
    const seen = new Set<string>();
    for (const spreadSeed of [1, 2, 3, 4, 5]) {
      const on = assignReviewers({ ...input, params: { r: 3, spreadSeed } });
      expect(on.totalScore).toBe(off.totalScore);
      expect(on.spread.alwaysTogether).toBe(0);
      expect(on.spread.pairsThatMeet).toBeGreaterThanOrEqual(60);
      expect(on.spread.maxShared).toBeLessThanOrEqual(8);
      seen.add(JSON.stringify(on.pairs.map((pair) => pair.reviewerId)));
    }
    // Each seed draws its own assignment among the equally good ones.
    expect(seen.size).toBe(5);
  });

  it('never gives up fit for the spread', () => {
    // r1 and r2 know both topics, the others one: r1 and r2 review everything together.
    const input = ties(6, 5, 6);
    const reviewers = input.reviewers.map((reviewer, j) =>
      j < 2 ? { ...reviewer, topics: ['pricing', 'legal'] } : reviewer,
    );
    const applications = input.applications.map((a) => ({ ...a, topics: ['pricing', 'legal'] }));
    const result = assignReviewers({ applications, reviewers, params: { r: 2, spreadSeed: 7 } });
    expect(result.pairs.every((pair) => pair.score === 100)).toBe(true);
    expect(result.spread).toEqual({ maxShared: 6, alwaysTogether: 1, pairsThatMeet: 1 });
  });
});
