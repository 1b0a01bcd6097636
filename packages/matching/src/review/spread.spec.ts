import { describe, expect, it } from '@jest/globals';
import { assignReviewers } from './assign.js';
import { measureSpread, spreadScale, tieBreak } from './spread.js';
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

describe('the spread tie-break and figures', () => {
  it('uses as many levels as stay exact in doubles, fewer for larger problems', () => {
    // The benchmark: 6,000 placed pairs, fits up to 100 points, bonus factor 151, 2,152 nodes.
    const bench = spreadScale(6000, 100_000, 151, 2152, true);
    expect(bench.levels).toBe(1024);
    expect(bench.fitScale).toBe(1023 * 6000 + 1);
    const weight = 100_000 * bench.fitScale + bench.levels;
    expect((2 * 151 + 2152 + 2) * weight * 4).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    const larger = spreadScale(60_000, 100_000, 1001, 21_002, true);
    expect(larger.levels).toBeLessThan(bench.levels);
    expect(spreadScale(6000, 100_000, 151, 2152, false)).toEqual({ levels: 1, fitScale: 1 });
    // Beyond exact doubles even without a tie-break: refused rather than solved inexactly.
    expect(() => spreadScale(1e9, 100_000, 1e10, 1e10, true)).toThrow(RangeError);
  });

  it('draws tie-break values evenly and differently per seed', () => {
    const counts = new Int32Array(8);
    for (let a = 0; a < 400; a++) for (let j = 0; j < 20; j++) counts[tieBreak(3, a, j, 8)]!++;
    // 8,000 draws, 1,000 expected per value.
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(120);
    const same = Array.from(
      { length: 100 },
      (_, a) => tieBreak(1, a, 0, 1024) === tieBreak(2, a, 0, 1024),
    );
    expect(same.filter(Boolean).length).toBeLessThan(5);
  });

  it('counts shared applications, pairs that always meet and pairs that meet at all', () => {
    // r0 and r1 meet on all of r1's two applications; r2 meets r0 once.
    const spread = measureSpread(
      [
        [0, 1],
        [0, 1],
        [0, 2],
        [2, 3],
      ],
      Int32Array.from([3, 2, 2, 1]),
    );
    expect(spread).toEqual({ maxShared: 2, alwaysTogether: 1, pairsThatMeet: 3 });
  });
});
