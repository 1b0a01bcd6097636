import { describe, expect, it } from '@jest/globals';
import { ListCounts } from './list-counts';

describe('ListCounts', () => {
  it('says "more than the limit" for a count that stopped one past it, and exact below', () => {
    const counts = new ListCounts(10, 1000, 60_000);
    expect(counts.remember('a', 11)).toEqual({ total: 10, exact: false });
    expect(counts.remember('b', 10)).toEqual({ total: 10, exact: true });
    expect(counts.countSql('matches')).toContain('LIMIT 11');
  });

  it('keeps large counts per filter for a short time, and never small ones', async () => {
    const counts = new ListCounts(10_000, 100, 80);
    counts.remember('large', 5000);
    counts.remember('small', 99);
    expect(counts.get('large')).toEqual({ total: 5000, exact: true });
    expect(counts.get('other')).toBeUndefined();
    expect(counts.get('small')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(counts.get('large')).toBeUndefined();
  });
});
