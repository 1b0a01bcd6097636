import type { Locale } from '@kohorte/contracts';
import { berlinDateTime } from '../berlin-time';
import { html } from '../html';
import { mailLink } from '../mail-link';
import type { MailTemplate, MailTemplateData } from '../mail-template';
import { button } from './application-parts';
import { reviewerGreeting } from './review-parts';

const TEXTS = {
  de: {
    subject: (call: string) => `Erinnerung: Ihre Bewertungen für ${call}`,
    body: (call: string, open: number, when: string) =>
      `für die Ausschreibung „${call}“ ${open === 1 ? 'ist noch eine Ihrer Bewertungen offen' : `sind noch ${open} Ihrer Bewertungen offen`}. Bitte schicken Sie sie bis ${when} ab; gespeicherte Entwürfe sind erhalten.`,
    button: 'Weiter bewerten',
    reason: (call: string) => `Sie Gutachter:in für „${call}“ sind.`,
  },
  en: {
    subject: (call: string) => `Reminder: your reviews for ${call}`,
    body: (call: string, open: number, when: string) =>
      `${open === 1 ? 'One of your reviews' : `${open} of your reviews`} for the call "${call}" ${open === 1 ? 'is' : 'are'} still open. Please submit by ${when}; your saved drafts are kept.`,
    button: 'Continue reviewing',
    reason: (call: string) => `you review applications to "${call}".`,
  },
} as const;

function body(data: MailTemplateData<'review-reminder'>, locale: Locale): string {
  return TEXTS[locale].body(data.callTitle, data.open, berlinDateTime(data.deadline, locale));
}

/**
 * A reminder before the review deadline, with a fresh link. Data: `reviewerName`, `callTitle`,
 * `open` (reviews not submitted), `deadline`.
 */
export const reviewReminder: MailTemplate<'review-reminder'> = {
  subject: (data, locale) => TEXTS[locale].subject(data.callTitle),

  html(data, locale, { link }) {
    const url = link(mailLink(data).path);
    return html`<p>${reviewerGreeting(data, locale)}</p>
      <p>${body(data, locale)}</p>
      ${button(url, TEXTS[locale].button)}
      <p style="font-size:13px;color:#4b5563;word-break:break-all">${url}</p>`;
  },

  text(data, locale, { link }) {
    return [
      reviewerGreeting(data, locale),
      '',
      body(data, locale),
      '',
      `${TEXTS[locale].button}: ${link(mailLink(data).path)}`,
    ].join('\n');
  },

  reason: (data, locale) => TEXTS[locale].reason(data.callTitle),
};
