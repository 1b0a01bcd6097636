import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { type CandidateGraph, solveAssignment } from '@kohorte/matching';
import { buildLemonDriver, solveWithLemon } from './lemon';
import { Prng } from './prng';
import { itemAt } from '../../shared/items';

/** A seeded graph: each pair present with probability `density`; tied = scores from a set of four. */
function graph(seed: number, n: number, m: number, density: number, tied: boolean): CandidateGraph {
  const prng = new Prng(seed);
  const startup: number[] = [];
  const partner: number[] = [];
  const score: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (!prng.chance(density)) continue;
      startup.push(i);
      partner.push(j);
      score.push(tied ? itemAt([0, 25, 50, 50, 100], prng.int(0, 4)) : prng.int(0, 100_000) / 1000);
    }
  }
  return {
    startupCount: n,
    partnerCount: m,
    capacity: Int32Array.from({ length: m }, () => prng.int(0, 5)),
    pairStartup: Int32Array.from(startup),
    pairPartner: Int32Array.from(partner),
    pairScore: Float64Array.from(score),
  };
}

// The benchmark's LEMON column is only worth its ratios if the driver solves the same problem:
// CI installs g++ and liblemon-dev (.ci/run), so the driver must build here.
describe('the LEMON driver of bench:matching', () => {
  const driver = buildLemonDriver(resolve(process.cwd(), '..'));

  it('builds', () => {
    expect(driver).toHaveProperty('path');
  });

  it.each([
    [1, 5, 3, 1, false],
    [2, 30, 10, 0.6, false],
    [3, 30, 10, 1, true],
    [4, 200, 40, 0.3, false],
    [5, 200, 40, 0.5, true],
    [6, 1, 8, 1, true],
  ])('seed %i, %i × %i, density %f, tied %s: same optimum as solveAssignment', (...args) => {
    const [seed, n, m, density, tied] = args;
    const g = graph(seed, n, m, density, tied);
    for (const k of [1, 2, 3]) {
      const ours = solveAssignment(g, { k });
      const lemon = solveWithLemon((driver as { path: string }).path, g, k, 1);
      expect(-lemon.costMilli).toBe(Math.round(ours.totalScore * 1000));
    }
  });
});
