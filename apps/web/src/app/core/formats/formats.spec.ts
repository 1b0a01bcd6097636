import { describe, expect, it } from '@jest/globals';
import { berlinDateTime } from '@kohorte/contracts';
import { formatAmount, formatDateTime, formatDay, formatMonth } from './formats';

/** Intl puts no-break spaces (U+00A0, U+202F) before "€" and "PM"; a reader sees a space. */
function plain(text: string): string {
  return text.replace(/\s/g, ' ');
}

describe('the UI formats', () => {
  it('writes a calendar day as each locale does, whatever the reader’s zone', () => {
    expect(formatDay('2026-12-06', 'de')).toBe('06.12.2026');
    expect(formatDay('2026-12-06', 'en-GB')).toBe('06/12/2026');
    expect(formatDay('2026-12-06', 'en-US')).toBe('12/6/2026');
    expect(formatDay(new Date(2026, 0, 9), 'en-GB')).toBe('09/01/2026');
    expect(formatDay(null, 'de')).toBe('');
    expect(formatDay('not a date', 'en-GB')).toBe('');
  });

  it('writes a day as Intl.DateTimeFormat does, which it spares the first page', () => {
    const intl = {
      de: new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }),
      'en-GB': new Intl.DateTimeFormat('en-GB', {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }),
      'en-US': new Intl.DateTimeFormat('en-US', {
        day: 'numeric',
        month: 'numeric',
        year: 'numeric',
      }),
    } as const;
    for (const date of [new Date(2026, 0, 1), new Date(2026, 8, 30), new Date(1999, 11, 31)]) {
      for (const lang of ['de', 'en-GB', 'en-US'] as const) {
        expect(formatDay(date, lang)).toBe(intl[lang].format(date));
      }
    }
  });

  it('writes a moment with hours and minutes on the locale’s clock, never seconds', () => {
    const evening = new Date(2026, 11, 6, 22, 33, 41);
    expect(formatDateTime(evening, 'de')).toBe('06.12.2026, 22:33');
    expect(formatDateTime(evening.toISOString(), 'en-GB')).toBe('06/12/2026, 22:33');
    expect(plain(formatDateTime(evening, 'en-US'))).toBe('12/6/2026, 10:33 PM');
    const morning = new Date(2026, 0, 1, 0, 5);
    expect(formatDateTime(morning, 'de')).toBe('01.01.2026, 00:05');
    expect(plain(formatDateTime(morning, 'en-US'))).toBe('1/1/2026, 12:05 AM');
  });

  it('writes a month by its name, not as 2026-11', () => {
    expect(formatMonth('2026-12', 'de')).toBe('Dezember 2026');
    expect(formatMonth('2026-03', 'de')).toBe('März 2026');
    expect(formatMonth('2026-12', 'en-GB')).toBe('December 2026');
    expect(formatMonth('2026-12', 'en-US')).toBe('December 2026');
    expect(formatMonth('soon', 'en-GB')).toBe('soon');
  });

  it('writes a moment and a month as Intl.DateTimeFormat does, which they spare the first page', () => {
    const day = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
    const time = { hour: '2-digit', minute: '2-digit' } as const;
    const moment = {
      de: new Intl.DateTimeFormat('de-DE', { ...day, ...time }),
      'en-GB': new Intl.DateTimeFormat('en-GB', { ...day, ...time }),
      'en-US': new Intl.DateTimeFormat('en-US', {
        day: 'numeric',
        month: 'numeric',
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        hour12: true,
      }),
    } as const;
    const month = {
      de: new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric' }),
      'en-GB': new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }),
      'en-US': new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric' }),
    } as const;
    for (let m = 0; m < 12; m += 1) {
      for (const hour of [0, 1, 11, 12, 13, 23]) {
        const date = new Date(2026, m, 1 + m * 2, hour, 7 * m);
        for (const lang of ['de', 'en-GB', 'en-US'] as const) {
          expect(plain(formatDateTime(date, lang))).toBe(plain(moment[lang].format(date)));
          expect(formatMonth(date, lang)).toBe(month[lang].format(date));
        }
      }
    }
  });

  it('writes whole euros with the grouping and symbol place of each locale', () => {
    expect(plain(formatAmount(2638000, 'de'))).toBe('2.638.000 €');
    expect(formatAmount('2638000', 'en-GB')).toBe('€2,638,000');
    expect(formatAmount(2638000.4, 'en-US')).toBe('€2,638,000');
    expect(formatAmount(null, 'en-GB')).toBe('');
    expect(formatAmount('a lot', 'de')).toBe('');
  });

  it('states a deadline in Berlin time with the date written out, on each locale’s clock', () => {
    const deadline = '2026-12-06T21:33:41Z';
    expect(berlinDateTime(deadline, 'de')).toBe('6. Dezember 2026 um 22:33 MEZ');
    expect(berlinDateTime(deadline, 'en-GB')).toBe('6 December 2026 at 22:33 CET');
    expect(plain(berlinDateTime(deadline, 'en-US'))).toBe('December 6, 2026 at 10:33 PM GMT+1');
    // Emails know only the text language; their English is the British form.
    expect(berlinDateTime(deadline, 'en')).toBe(berlinDateTime(deadline, 'en-GB'));
  });
});
