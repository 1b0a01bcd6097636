import { describe, expect, it } from '@jest/globals';
import { parseTypedDate } from './date-adapter';

const day = (d: Date | null | undefined) =>
  d ? [d.getFullYear(), d.getMonth() + 1, d.getDate()] : d;

describe('parseTypedDate', () => {
  it('reads ISO dates as local days in every language', () => {
    expect(day(parseTypedDate('2021-03-15', 'de-DE'))).toEqual([2021, 3, 15]);
    expect(day(parseTypedDate('2021-03-15', 'en-US'))).toEqual([2021, 3, 15]);
  });

  it('reads German and US dates in their own order', () => {
    expect(day(parseTypedDate('15.3.2021', 'de-DE'))).toEqual([2021, 3, 15]);
    expect(day(parseTypedDate('3/15/2021', 'en-US'))).toEqual([2021, 3, 15]);
  });

  it('marks impossible days invalid and leaves other text to the native adapter', () => {
    expect(Number.isNaN(parseTypedDate('31.02.2021', 'de-DE')?.getTime())).toBe(true);
    expect(parseTypedDate('', 'de-DE')).toBeNull();
    expect(parseTypedDate('next tuesday', 'en-US')).toBeUndefined();
  });
});
