import { berlinDateTime as format, type Locale } from '@kohorte/contracts';
import { MailDataError } from './mail-template';

/** A moment as an email states it (see the contracts' `berlinDateTime`); a bad date fails the mail. */
export function berlinDateTime(moment: string | Date, locale: Locale): string {
  if (Number.isNaN(new Date(moment).getTime())) {
    throw new MailDataError("The mail's link has no valid expiry date");
  }
  return format(moment, locale);
}
