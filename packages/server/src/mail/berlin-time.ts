import type { Locale } from '@kohorte/contracts';
import { MailDataError } from './mail-template';

// The programme runs in Germany: its deadlines are German time, and say so ("MEZ"/"CET", in
// summer "MESZ"/"CEST"), since a mentor may read the email elsewhere.
const FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  de: berlinFormat('de-DE'),
  en: berlinFormat('en-GB'),
};

function berlinFormat(tag: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Berlin',
    timeZoneName: 'short',
  });
}

/** A moment as an email states it: "7. Dezember 2026 um 14:30 MEZ" / "7 December 2026 at 14:30 CET". */
export function berlinDateTime(moment: string | Date, locale: Locale): string {
  const date = new Date(moment);
  if (Number.isNaN(date.getTime())) {
    throw new MailDataError("The mail's link has no valid expiry date");
  }
  return FORMATS[locale].format(date);
}
