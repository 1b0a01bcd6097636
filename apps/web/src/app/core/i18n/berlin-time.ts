import { Pipe, PipeTransform } from '@angular/core';
import type { Locale } from '@kohorte/contracts';

const FORMATS = new Map<Locale, Intl.DateTimeFormat>();

function format(lang: Locale): Intl.DateTimeFormat {
  let found = FORMATS.get(lang);
  if (!found) {
    found = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Berlin',
      timeZoneName: 'short',
    });
    FORMATS.set(lang, found);
  }
  return found;
}

/**
 * A deadline as the emails state it: German time with the zone named, no seconds ("21. Dezember
 * 2026 um 14:30 MEZ" / "21 December 2026 at 14:30 CET"), whatever zone the browser is in, so
 * that a page and its email never disagree.
 */
export function berlinTime(iso: string, lang: Locale): string {
  return format(lang).format(new Date(iso));
}

/** `{{ offer.expiresAt | berlinTime: language.lang() }}` */
@Pipe({ name: 'berlinTime' })
export class BerlinTimePipe implements PipeTransform {
  transform(iso: string | null | undefined, lang: Locale): string {
    return iso ? berlinTime(iso, lang) : '';
  }
}
