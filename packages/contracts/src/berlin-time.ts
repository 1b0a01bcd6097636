import type { Locale } from './auth.js';

const FORMATS = new Map<Locale, Intl.DateTimeFormat>();

function format(locale: Locale): Intl.DateTimeFormat {
  let found = FORMATS.get(locale);
  if (!found) {
    found = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
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
 * "21. Dezember 2026 um 14:30 MEZ" / "21 December 2026 at 14:30 CET". NaN for a date that is
 * not one: check first where the value comes from outside.
 */
export function berlinDateTime(moment: string | Date, locale: Locale): string {
  return format(locale).format(new Date(moment));
}
