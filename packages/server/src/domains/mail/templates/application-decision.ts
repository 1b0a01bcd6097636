import type { Locale } from '@kohorte/contracts';
import { berlinDateTime } from '../berlin-time';
import { html } from '../html';
import { mailLink } from '../mail-link';
import type { MailTemplate, MailTemplateData } from '../mail-template';
import { applicantGreeting, button } from './application-parts';

const TEXTS = {
  de: {
    subject: {
      accept: (call: string) => `Zusage: ${call}`,
      waitlist: (call: string) => `Warteliste: ${call}`,
      reject: (call: string) => `Ihre Bewerbung: ${call}`,
    },
    body: {
      accept: (call: string, startup: string) =>
        `wir freuen uns, Ihnen mitzuteilen, dass ${startup} in „${call}“ aufgenommen ist. Herzlichen Glückwunsch! Bitte prüfen Sie das Profil Ihres Startups und ergänzen Sie, was fehlt.`,
      waitlist: (call: string, startup: string) =>
        `vielen Dank für die Bewerbung von ${startup} für „${call}“. Wir haben ${startup} auf die Warteliste gesetzt: Wird ein Platz frei, melden wir uns.`,
      reject: (call: string, startup: string) =>
        `vielen Dank für die Bewerbung von ${startup} für „${call}“. Leider können wir ${startup} diesmal keinen Platz anbieten. Wir wünschen Ihnen viel Erfolg.`,
    },
    button: 'Profil öffnen',
    validity: (until: string) => `Der Link zum Profil gilt bis ${until}.`,
    reason: (call: string) => `Sie sich auf „${call}“ beworben haben.`,
  },
  en: {
    subject: {
      accept: (call: string) => `Accepted: ${call}`,
      waitlist: (call: string) => `Waiting list: ${call}`,
      reject: (call: string) => `Your application: ${call}`,
    },
    body: {
      accept: (call: string, startup: string) =>
        `we are happy to tell you that ${startup} has been accepted into "${call}". Congratulations! Please check your startup's profile and add what is missing.`,
      waitlist: (call: string, startup: string) =>
        `thank you for applying with ${startup} to "${call}". We have put ${startup} on the waiting list and will be in touch if a place becomes free.`,
      reject: (call: string, startup: string) =>
        `thank you for applying with ${startup} to "${call}". We are sorry that we cannot offer ${startup} a place this time, and wish you every success.`,
    },
    button: 'Open the profile',
    validity: (until: string) => `The link to the profile works until ${until}.`,
    reason: (call: string) => `you applied to "${call}".`,
  },
} as const;

function body(data: MailTemplateData<'application-decision'>, locale: Locale): string {
  const startup = data.startupName;
  return TEXTS[locale].body[data.decision](data.callTitle, startup);
}

/**
 * A decision on an application, in the applicant's language. An acceptance carries the founder's
 * link to the startup's profile (`/respond/profile/<token>`). Data: `decision`, `callTitle`,
 * `startupName`, optional `founderName`.
 */
export const applicationDecision: MailTemplate<'application-decision'> = {
  subject: (data, locale) => TEXTS[locale].subject[data.decision](data.callTitle),

  html(data, locale, { link }) {
    const accepted = data.decision === 'accept';
    const t = TEXTS[locale];
    return html`<p>${applicantGreeting(data, locale)}</p>
      <p>${body(data, locale)}</p>
      ${accepted ? button(link(mailLink(data).path), t.button) : ''}
      ${
        accepted
          ? html`<p style="font-size:14px;color:#4b5563">
              ${t.validity(berlinDateTime(mailLink(data).expiresAt, locale))}
            </p>`
          : ''
      }`;
  },

  text(data, locale, { link }) {
    const t = TEXTS[locale];
    const lines = [applicantGreeting(data, locale), '', body(data, locale)];
    if (data.decision === 'accept') {
      lines.push(
        '',
        `${t.button}: ${link(mailLink(data).path)}`,
        '',
        t.validity(berlinDateTime(mailLink(data).expiresAt, locale)),
      );
    }
    return lines.join('\n');
  },

  reason: (data, locale) => TEXTS[locale].reason(data.callTitle),
};
