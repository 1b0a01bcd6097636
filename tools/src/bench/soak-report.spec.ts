import { describe, expect, it } from '@jest/globals';
import { formatSoakTable, percentile, rssTrend, type SoakMinute } from './soak-report';
import { firstOf, itemAt } from '../shared/items';

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
    expect(
      firstOf(table)
        .trim()
        .split(/\s{2,}/),
    ).toEqual(['min', 'requests', 'req/s', 'errors', 'p50 ms', 'p99 ms', 'api MB']);
    expect(itemAt(table, 2).trim().split(/\s+/)).toEqual([
      '2',
      '600',
      '10.0',
      '1',
      '20.0',
      '40.0',
      '310',
    ]);
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
  });

  it('judges memory after warm-up by its troughs, not by one minute against another', () => {
    // A garbage collector's sawtooth: the last minute is far above the first, yet nothing grows.
    const sawtooth = [250, 200, 300, 200, 300, 200, 300, 200, 300, 210].map((rss, i) =>
      minute(i + 1, rss),
    );
    expect(rssTrend(sawtooth, ['api'], 1)).toBe(
      'api: lowest 200 → 200 MB (first half → second half), fitted growth +5 MB over 9 min, range 200–300: flat',
    );
    const leak = [200, 210, 220, 230, 240, 250, 260, 270, 280].map((rss, i) => minute(i + 1, rss));
    expect(rssTrend(leak, ['api'], 1)).toBe(
      'api: lowest 210 → 250 MB (first half → second half), fitted growth +70 MB over 8 min, range 210–280: NOT flat',
    );
    expect(rssTrend(leak, ['api'], 1, ['api'])).toMatch(/: a data store, grows with the data$/);
    expect(rssTrend(sawtooth, ['api'], 7)).toMatch(/too few minutes/);
  });
});
