import type { FormatLocale, Locale } from './auth.js';

const FORMATS = new Map<Locale | FormatLocale, Intl.DateTimeFormat>();

/** Intl's tag for a text language (English emails use the British form) or a format locale. */
const INTL_TAGS: Record<Locale | FormatLocale, string> = {
  de: 'de-DE',
  en: 'en-GB',
  'en-GB': 'en-GB',
  'en-US': 'en-US',
};

function format(locale: Locale | FormatLocale): Intl.DateTimeFormat {
  let found = FORMATS.get(locale);
  if (!found) {
    found = new Intl.DateTimeFormat(INTL_TAGS[locale], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      // "2:30 PM" on the US clock, "14:30" and "09:05" on the 24-hour ones.
      hour: locale === 'en-US' ? 'numeric' : '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Berlin',
      timeZoneName: 'short',
    });
    FORMATS.set(locale, found);
  }
  return found;
}

/**
 * A deadline as emails and pages state it. The programme runs in Germany: German time, with the
 * zone named ("MEZ"/"CET", in summer "MESZ"/"CEST") for a reader elsewhere, and no seconds:
 * "21. Dezember 2026 um 14:30 MEZ" / "21 December 2026 at 14:30 CET" (emails in English, and
 * `en-GB` pages) / "December 21, 2026 at 2:30 PM GMT+1" (`en-US` pages). NaN for a date that is
 * not one: check first where the value comes from outside.
 */
export function berlinDateTime(moment: string | Date, locale: Locale | FormatLocale): string {
  return format(locale).format(new Date(moment));
}
