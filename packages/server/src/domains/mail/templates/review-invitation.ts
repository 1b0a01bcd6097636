import type { Locale } from '@kohorte/contracts';
import { berlinDateTime } from '../berlin-time';
import { html } from '../html';
import { mailLink } from '../mail-link';
import type { MailTemplate, MailTemplateData } from '../mail-template';
import { button } from './application-parts';
import { reviewerGreeting } from './review-parts';

const TEXTS = {
  de: {
    subject: (call: string) => `Einladung zur Begutachtung: ${call}`,
    body: (call: string, count: number) =>
      `Sie sind als Gutachter:in für die Ausschreibung „${call}“ eingeladen. ${count === 1 ? 'Eine Bewerbung wartet' : `${count} Bewerbungen warten`} auf Ihre Bewertung. Über den Link sehen Sie die Bewerbungen, den Bewertungsbogen und Ihre eigenen Bewertungen – die Bewertungen anderer sehen Sie nicht. Kennen Sie ein Team persönlich oder sind Sie anderweitig befangen, geben Sie das bitte dort an.`,
    deadline: (when: string) => `Bitte schicken Sie Ihre Bewertungen bis ${when} ab.`,
    button: 'Bewerbungen bewerten',
    validity: (until: string) =>
      `Der Link gilt bis ${until} und ist persönlich: Bitte leiten Sie ihn nicht weiter.`,
    reason: (call: string) => `Sie als Gutachter:in für „${call}“ eingetragen wurden.`,
  },
  en: {
    subject: (call: string) => `Invitation to review: ${call}`,
    body: (call: string, count: number) =>
      `You are invited to review applications to the call "${call}". ${count === 1 ? 'One application awaits' : `${count} applications await`} your review. The link shows the applications, the rubric and your own reviews — not anyone else's. If you know a team personally or have any other conflict of interest, please say so there.`,
    deadline: (when: string) => `Please submit your reviews by ${when}.`,
    button: 'Review the applications',
    validity: (until: string) =>
      `The link works until ${until} and is personal: please do not forward it.`,
    reason: (call: string) => `you were added as a reviewer of "${call}".`,
  },
} as const;

function parts(data: MailTemplateData<'review-invitation'>, locale: Locale) {
  const t = TEXTS[locale];
  const deadline = data.deadline;
  return {
    t,
    body: t.body(data.callTitle, data.count),
    deadline: deadline ? t.deadline(berlinDateTime(deadline, locale)) : null,
    validity: t.validity(berlinDateTime(mailLink(data).expiresAt, locale)),
  };
}

/**
 * A reviewer's invitation with their link (`/respond/review/<token>`). Data: `reviewerName`,
 * `callTitle`, `count` (their reviews), optional `deadline`.
 */
export const reviewInvitation: MailTemplate<'review-invitation'> = {
  subject: (data, locale) => TEXTS[locale].subject(data.callTitle),

  html(data, locale, { link }) {
    const { t, body, deadline, validity } = parts(data, locale);
    const url = link(mailLink(data).path);
    return html`<p>${reviewerGreeting(data, locale)}</p>
      <p>${body}</p>
      ${deadline ? html`<p><strong>${deadline}</strong></p>` : ''} ${button(url, t.button)}
      <p style="font-size:14px;color:#4b5563">${validity}</p>
      <p style="font-size:13px;color:#4b5563;word-break:break-all">${url}</p>`;
  },

  text(data, locale, { link }) {
    const { t, body, deadline, validity } = parts(data, locale);
    return [
      reviewerGreeting(data, locale),
      '',
      body,
      ...(deadline ? ['', deadline] : []),
      '',
      `${t.button}: ${link(mailLink(data).path)}`,
      '',
      validity,
    ].join('\n');
  },

  reason: (data, locale) => TEXTS[locale].reason(data.callTitle),
};
