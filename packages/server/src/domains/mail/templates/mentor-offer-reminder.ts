import { html } from '../html';
import type { MailTemplate } from '../mail-template';
import { mentorOffer } from './mentor-offer';

const TEXTS = {
  de: {
    subject: (subject: string) => `Erinnerung: ${subject}`,
    intro:
      'Wir haben noch keine Antwort auf unsere Anfrage. Falls sie untergegangen ist: Hier ist sie noch einmal, mit einem neuen Link (der Link der ersten E-Mail gilt nicht mehr).',
  },
  en: {
    subject: (subject: string) => `Reminder: ${subject}`,
    intro:
      'We have not heard back about our request yet. In case it got lost, here it is again with a new link (the link in the first email no longer works).',
  },
} as const;

/**
 * The one reminder of an unanswered mentor offer: the offer's email again, with a line on top.
 * Same data as `mentor-offer`; its link is a NEW single-use link issued at send time that revokes
 * the first email's link (`revokeEarlier`), so only the newest email works.
 */
export const mentorOfferReminder: MailTemplate<'mentor-offer-reminder'> = {
  subject: (data, locale, context) =>
    TEXTS[locale].subject(mentorOffer.subject(data, locale, context)),
  html: (data, locale, context) =>
    html`<p style="font-weight:600">${TEXTS[locale].intro}</p>
      ${mentorOffer.html(data, locale, context)}`,
  text: (data, locale, context) =>
    `${TEXTS[locale].intro}\n\n${mentorOffer.text(data, locale, context)}`,
  reason: (data, locale, context) => mentorOffer.reason(data, locale, context),
};
