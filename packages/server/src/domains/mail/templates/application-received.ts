import { html } from '../html';
import type { MailTemplate } from '../mail-template';
import { applicantGreeting, paragraphs } from './application-parts';

const TEXTS = {
  de: {
    subject: (call: string) => `Bewerbung eingegangen: ${call}`,
    received: (call: string) =>
      `vielen Dank: Ihre Bewerbung für „${call}“ ist bei uns eingegangen.`,
    reason: (call: string) => `Sie sich auf „${call}“ beworben haben.`,
  },
  en: {
    subject: (call: string) => `Application received: ${call}`,
    received: (call: string) => `thank you: your application to "${call}" has reached us.`,
    reason: (call: string) => `you applied to "${call}".`,
  },
} as const;

/**
 * The confirmation of a submitted application, with the call's confirmation text in the
 * applicant's language. Data: `callTitle`, `confirmation`, optional `founderName`.
 */
export const applicationReceived: MailTemplate<'application-received'> = {
  subject: (data, locale) => TEXTS[locale].subject(data.callTitle),

  html(data, locale) {
    return html`<p>${applicantGreeting(data, locale)}</p>
      <p>${TEXTS[locale].received(data.callTitle)}</p>
      ${paragraphs(data.confirmation)}`;
  },

  text(data, locale) {
    return [
      applicantGreeting(data, locale),
      '',
      TEXTS[locale].received(data.callTitle),
      '',
      data.confirmation,
    ].join('\n');
  },

  reason: (data, locale) => TEXTS[locale].reason(data.callTitle),
};
