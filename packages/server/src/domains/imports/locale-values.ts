import type { ImportLocale } from '@kohorte/contracts';

/**
 * Numbers, amounts and dates as German and English spreadsheets write them. The locale is decided
 * once per file (`detectLocale`), never per cell: `1.500` is fifteen hundred in a German file and
 * one and a half in an English one, and guessing cell by cell would read one column both ways.
 */

const SEPARATORS = {
  de: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
} as const;

// Multipliers of amounts written short: `2,5 Mio.`, `1.5M`, `250 Tsd.`, `3k`.
const SCALES: { pattern: RegExp; factor: number }[] = [
  { pattern: /\s*(mrd\.?|milliarden?|bn|billion|b)$/i, factor: 1e9 },
  { pattern: /\s*(mio\.?|millionen?|million|mn|m)$/i, factor: 1e6 },
  { pattern: /\s*(tsd\.?|tausend|thousand|k|t)$/i, factor: 1e3 },
];
const CURRENCY = /^(€|eur|euro)\s*|\s*(€|eur|euro)$/gi;

const escape = (char: string) => char.replace(/[.]/g, '\\.');

/** A number in the file's locale (groups of three, a decimal part); null when it is not one. */
export function parseNumber(raw: string, locale: ImportLocale, money: boolean): number | null {
  let text = raw.replace(CURRENCY, '').trim();
  let factor = 1;
  if (money) {
    for (const scale of SCALES) {
      if (scale.pattern.test(text) && /\d/.test(text.replace(scale.pattern, ''))) {
        text = text.replace(scale.pattern, '').replace(CURRENCY, '').trim();
        factor = scale.factor;
        break;
      }
    }
  }
  const { group, decimal } = SEPARATORS[locale];
  // Groups: the locale's separator, or a space/apostrophe, which both locales use.
  const grouped = new RegExp(
    `^(-?)(\\d{1,3}(?:([${escape(group)}' \\u00a0\\u202f])\\d{3})(?:\\3\\d{3})*|\\d+)(?:${escape(decimal)}(\\d+))?$`,
  );
  const match = grouped.exec(text);
  if (!match) return null;
  // Group 2 is not optional: it matched.
  const whole = (match[2] ?? '').replace(/[^\d]/g, '');
  const value = Number(`${match[1]}${whole}${match[4] ? `.${match[4]}` : ''}`) * factor;
  return Number.isFinite(value) ? value : null;
}

// Excel counts days from 1899-12-30 (its 1900 leap-year bug included); serials of 1954–2119.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const SERIAL = /^(\d{5})(?:[.,]0+)?$/;

/** An ISO date that exists, or null. */
function existing(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * `2024-06-13` in any file; `13.06.2024` in a German one, `06/13/2024` in an English one; an Excel
 * date serial (`45456`) in either. Null when it is none of these or does not exist (`31.02.2024`).
 */
export function parseDate(raw: string, locale: ImportLocale): string | null {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  // The date patterns' groups are not optional: each matched.
  if (iso) return existing(iso[1] ?? '', iso[2] ?? '', iso[3] ?? '');
  const local =
    locale === 'de'
      ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)
      : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (local) {
    const [, first = '', second = '', year = ''] = local;
    return locale === 'de' ? existing(year, second, first) : existing(year, first, second);
  }
  const serial = SERIAL.exec(text);
  if (serial) {
    const days = Number(serial[1]);
    if (days >= 20_000 && days <= 80_000) {
      return new Date(EXCEL_EPOCH_MS + days * 86_400_000).toISOString().slice(0, 10);
    }
  }
  return null;
}

const GERMAN_SIGNS = [
  /^-?\d{1,3}(\.\d{3})+(,\d+)?\s*(€|eur)?$/i,
  /^\d{1,2}\.\d{1,2}\.\d{4}$/,
  /^\d+,\d+\s*(mio|mrd|tsd)\.?/i,
  /^\d+,\d{1,2}\s*(€|eur)?$/i,
];
const ENGLISH_SIGNS = [
  /^-?\d{1,3}(,\d{3})+(\.\d+)?$/,
  /^\d{1,2}\/\d{1,2}\/\d{4}$/,
  /^\d+\.\d+\s*(m|bn|k)$/i,
  /^\d+\.\d{1,2}$/,
];

/**
 * The locale a file's values are written in: the one whose forms of numbers and dates its cells
 * use more often; with no sign either way, German for a `;` file (German Excel's list separator).
 */
export function detectLocale(
  rows: readonly { cells: readonly string[] }[],
  delimiter: string,
): ImportLocale {
  let german = 0;
  let english = 0;
  for (const row of rows) {
    for (const cell of row.cells) {
      const text = cell.trim();
      if (text === '' || !/\d/.test(text)) continue;
      if (GERMAN_SIGNS.some((sign) => sign.test(text))) german++;
      else if (ENGLISH_SIGNS.some((sign) => sign.test(text))) english++;
    }
  }
  if (german !== english) return german > english ? 'de' : 'en';
  return delimiter === ';' ? 'de' : 'en';
}
