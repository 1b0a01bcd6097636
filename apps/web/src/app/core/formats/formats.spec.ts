import { describe, expect, it } from '@jest/globals';
import { formatAmount, formatDateTime, formatDay, formatMonth } from './formats';

describe('the UI formats', () => {
  it('writes a calendar day the same way for every reader, whatever their zone', () => {
    expect(formatDay('2026-12-06', 'de')).toBe('06.12.2026');
    expect(formatDay('2026-12-06', 'en')).toBe('6 Dec 2026');
    expect(formatDay(null, 'de')).toBe('');
    expect(formatDay('not a date', 'en')).toBe('');
  });

  it('writes a moment with hours and minutes on a 24-hour clock, never seconds', () => {
    const moment = new Date(2026, 11, 6, 22, 33, 41);
    expect(formatDateTime(moment, 'de')).toBe('06.12.2026, 22:33');
    expect(formatDateTime(moment.toISOString(), 'en')).toBe('6 Dec 2026, 22:33');
  });

  it('writes a month by its name, not as 2026-11', () => {
    expect(formatMonth('2026-11', 'de')).toBe('November 2026');
    expect(formatMonth('2026-03', 'de')).toBe('März 2026');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
    expect(formatMonth('soon', 'en')).toBe('soon');
  });

  it('writes whole euros with the grouping of each language', () => {
    expect(formatAmount(2638000, 'de').replace(/\s/g, ' ')).toBe('2.638.000 €');
    expect(formatAmount('2638000', 'en')).toBe('€2,638,000');
    expect(formatAmount(null, 'en')).toBe('');
  });
});
