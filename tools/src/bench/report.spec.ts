import { describe, expect, it } from '@jest/globals';
import type { Measurement } from './load';
import { formatTable, medianOf, verdict } from './report';

const result = (requestsPerSecond: number, p99Ms: number, failures = 0): Measurement => ({
  requestsPerSecond,
  p50Ms: p99Ms / 2,
  p99Ms,
  failures,
  requests: requestsPerSecond * 10,
  serverCpuMsPerRequest: 1000 / requestsPerSecond,
});

describe('verdict', () => {
  it('meets the targets at half the throughput and twice the p99', () => {
    expect(verdict({ endpoint: 'list', bare: result(1000, 10), api: result(500, 20) })).toEqual({
      throughputRatio: 0.5,
      p99Ratio: 2,
      meetsTargets: true,
    });
  });

  it('misses them below half the throughput, above twice the p99, or with failures', () => {
    expect(
      verdict({ endpoint: 'list', bare: result(1000, 10), api: result(499, 10) }).meetsTargets,
    ).toBe(false);
    expect(
      verdict({ endpoint: 'list', bare: result(1000, 10), api: result(900, 21) }).meetsTargets,
    ).toBe(false);
    expect(
      verdict({ endpoint: 'list', bare: result(1000, 10), api: result(900, 10, 3) }).meetsTargets,
    ).toBe(false);
  });
});

describe('medianOf', () => {
  it('takes each figure’s median over the rounds and every round’s failures', () => {
    const rounds = [result(900, 30), result(1200, 10, 1), result(1000, 50)];
    expect(medianOf(rounds)).toEqual({
      requestsPerSecond: 1000,
      p50Ms: 15,
      p99Ms: 30,
      serverCpuMsPerRequest: 1000 / 1000,
      requests: 31_000,
      failures: 1,
    });
  });
});

describe('formatTable', () => {
  it('prints one aligned row per endpoint with ratios and the verdict', () => {
    const table = formatTable([
      { endpoint: 'list', bare: result(2000, 40), api: result(1500, 50) },
      { endpoint: 'search q=plattform', bare: result(100, 400), api: result(40, 1000) },
    ]).split('\n');
    expect(table).toHaveLength(4);
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
    expect(table[2]).toMatch(
      /^list\s+2000\s+1500\s+0\.75×.*50\.0 ms\s+1\.25×\s+0\.50 ms\s+0\.67 ms\s+met$/,
    );
    expect(table[3]).toMatch(/^search q=plattform\s+100\s+40\s+0\.40×.*2\.50×.*MISSED$/);
  });
});
