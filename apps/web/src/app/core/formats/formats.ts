import type { Locale } from '@kohorte/contracts';

/**
 * The one way the UI writes dates, times, months and amounts, so that no page mixes
 * "12/6/26, 10:33 PM" with "Aug 4, 2026". German as a German reads it (06.12.2026, 22:33;
 * November 2026; 2.638.000 €), English in the British form that reads the same way
 * (6 Dec 2026, 22:33; November 2026; €2,638,000). Times are the reader's clock, without seconds;
 * deadlines that emails state use `berlinDateTime` instead.
 */

const INTL_LOCALE: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

const DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const DAY_EN: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hour12: false };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(lang: Locale, kind: string, options: Intl.DateTimeFormatOptions) {
  const key = `${lang}:${kind}`;
  let found = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!found) {
    found = new Intl.DateTimeFormat(INTL_LOCALE[lang], options);
    cache.set(key, found);
  }
  return found;
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CALENDAR_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A moment or a calendar day as a Date; a bare `YYYY-MM-DD` is that day wherever the reader is
 * (as an instant it would be UTC midnight, the day before west of Greenwich). Null for nothing
 * or for text that is not a date.
 */
function toDate(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const day = CALENDAR_DAY.exec(value);
  const date = day ? new Date(+day[1], +day[2] - 1, +day[3]) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "06.12.2026" / "6 Dec 2026"; '' for nothing. */
export function formatDay(value: string | Date | null | undefined, lang: Locale): string {
  const date = toDate(value);
  if (!date) return '';
  return dateFormat(lang, 'day', lang === 'de' ? DAY : DAY_EN).format(date);
}

/** "06.12.2026, 22:33" / "6 Dec 2026, 22:33" in the reader's time zone, without seconds. */
export function formatDateTime(value: string | Date | null | undefined, lang: Locale): string {
  const date = toDate(value);
  if (!date) return '';
  const options = { ...(lang === 'de' ? DAY : DAY_EN), ...TIME };
  return dateFormat(lang, 'dateTime', options).format(date);
}

/** A month (`YYYY-MM`, or a date in it): "November 2026" in both languages ("März 2026"). */
export function formatMonth(value: string | Date | null | undefined, lang: Locale): string {
  if (typeof value === 'string') {
    const month = CALENDAR_MONTH.exec(value);
    if (month) value = new Date(+month[1], +month[2] - 1, 1);
  }
  const date = toDate(value);
  if (!date) return typeof value === 'string' ? value : '';
  return dateFormat(lang, 'month', { month: 'long', year: 'numeric' }).format(date);
}

/** Whole euros: "2.638.000 €" / "€2,638,000"; '' for nothing. */
export function formatAmount(value: number | string | null | undefined, lang: Locale): string {
  if (value === null || value === undefined || value === '') return '';
  const amount = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(amount)) return '';
  const key = `${lang}:amount`;
  let found = cache.get(key) as Intl.NumberFormat | undefined;
  if (!found) {
    found = new Intl.NumberFormat(INTL_LOCALE[lang], {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    cache.set(key, found);
  }
  return found.format(amount);
}
