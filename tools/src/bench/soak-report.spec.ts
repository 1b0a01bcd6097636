import { describe, expect, it } from '@jest/globals';
import { formatSoakTable, percentile, rssTrend, type SoakMinute } from './soak-report';

const minute = (n: number, rss: number, latenciesMs = [10, 20, 30, 40]): SoakMinute => ({
  minute: n,
  requests: 600,
  errors: n === 2 ? 1 : 0,
  latenciesMs,
  rssMb: { api: rss },
});

describe('soak report', () => {
  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('prints one aligned line per minute with rate, errors, p50/p99 and memory', () => {
    const table = formatSoakTable([minute(1, 300.4), minute(2, 310)], ['api']).split('\n');
    expect(table[0].trim().split(/\s{2,}/)).toEqual([
      'min',
      'requests',
      'req/s',
      'errors',
      'p50 ms',
      'p99 ms',
      'api MB',
    ]);
    expect(table[2].trim().split(/\s+/)).toEqual(['2', '600', '10.0', '1', '20.0', '40.0', '310']);
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
  });

  it('compares memory after warm-up: first settled minute against the last', () => {
    const minutes = [minute(1, 200), minute(2, 300), minute(3, 330), minute(4, 300)];
    expect(rssTrend(minutes, ['api'], 1)).toBe('api: 300 → 300 MB (+0.0 %)');
    expect(rssTrend(minutes, ['api'], 3)).toMatch(/too few minutes/);
  });
});
