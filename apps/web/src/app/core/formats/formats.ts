import type { FormatLocale } from '@kohorte/contracts';

/**
 * The one way the UI writes dates, times, months and amounts, so that no page mixes
 * "12/6/26, 10:33 PM" with "Aug 4, 2026". Each follows the reader's choice of German, British or
 * US English (`LanguageService.formats()`):
 *
 * | locale | day        | moment             | month         | amount      |
 * | ------ | ---------- | ------------------ | ------------- | ----------- |
 * | de     | 06.12.2026 | 06.12.2026, 22:33  | Dezember 2026 | 2.638.000 € |
 * | en-GB  | 06/12/2026 | 06/12/2026, 22:33  | December 2026 | €2,638,000  |
 * | en-US  | 12/6/2026  | 12/6/2026, 10:33 PM | December 2026 | €2,638,000  |
 *
 * Times are the reader's clock, without seconds; deadlines that emails state use
 * `berlinDateTime` instead ("6 December 2026 at 22:33 CET" / "December 6, 2026 at 10:33 PM CET").
 */

const INTL_LOCALE: Record<FormatLocale, string> = {
  de: 'de-DE',
  'en-GB': 'en-GB',
  'en-US': 'en-US',
};

const amountFormats = new Map<FormatLocale, Intl.NumberFormat>();

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

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * "06.12.2026" / "06/12/2026" / "12/6/2026"; '' for nothing. Written out rather than through
 * Intl.DateTimeFormat, which says the same (formats.spec) but whose first use in a page loads
 * the locale's calendar data: ~60 ms at Lighthouse's 4× slower mobile CPU, in the task that renders a list's first rows.
 */
export function formatDay(value: string | Date | null | undefined, lang: FormatLocale): string {
  const date = toDate(value);
  if (!date) return '';
  const [day, month, year] = [date.getDate(), date.getMonth() + 1, date.getFullYear()];
  if (lang === 'en-US') return `${month}/${day}/${year}`;
  const separator = lang === 'de' ? '.' : '/';
  return [twoDigits(day), twoDigits(month), year].join(separator);
}

/**
 * "06.12.2026, 22:33" / "06/12/2026, 22:33" / "12/6/2026, 10:33 PM" in the reader's time zone,
 * without seconds. Written out for the same reason as `formatDay` (the dashboard's recent changes).
 */
export function formatDateTime(
  value: string | Date | null | undefined,
  lang: FormatLocale,
): string {
  const date = toDate(value);
  if (!date) return '';
  const [hours, minutes] = [date.getHours(), date.getMinutes()];
  if (lang !== 'en-US')
    return `${formatDay(date, lang)}, ${twoDigits(hours)}:${twoDigits(minutes)}`;
  // Intl's US clock: 12, 1, … 11; a narrow no-break space before AM/PM.
  const clock = `${hours % 12 || 12}:${twoDigits(minutes)}\u202F${hours < 12 ? 'AM' : 'PM'}`;
  return `${formatDay(date, lang)}, ${clock}`;
}

const MONTH_NAMES: Record<'de' | 'en', readonly string[]> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * A month (`YYYY-MM`, or a date in it): "Dezember 2026" / "December 2026". Written out for the
 * same reason as `formatDay` (the startup list's "founded" column).
 */
export function formatMonth(value: string | Date | null | undefined, lang: FormatLocale): string {
  if (typeof value === 'string') {
    const month = CALENDAR_MONTH.exec(value);
    if (month) value = new Date(+month[1], +month[2] - 1, 1);
  }
  const date = toDate(value);
  if (!date) return typeof value === 'string' ? value : '';
  const names = MONTH_NAMES[lang === 'de' ? 'de' : 'en'];
  return `${names[date.getMonth()]} ${date.getFullYear()}`;
}

/** Whole euros: "2.638.000 €" / "€2,638,000"; '' for nothing. */
export function formatAmount(
  value: number | string | null | undefined,
  lang: FormatLocale,
): string {
  if (value === null || value === undefined || value === '') return '';
  const amount = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(amount)) return '';
  let found = amountFormats.get(lang);
  if (!found) {
    found = new Intl.NumberFormat(INTL_LOCALE[lang], {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    amountFormats.set(lang, found);
  }
  return found.format(amount);
}
