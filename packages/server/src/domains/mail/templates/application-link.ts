import type { Locale } from '@kohorte/contracts';
import { berlinDateTime } from '../berlin-time';
import { html } from '../html';
import { mailLink } from '../mail-link';
import type { MailTemplate, MailTemplateData } from '../mail-template';
import { applicantGreeting, button } from './application-parts';

const TEXTS = {
  de: {
    subject: (call: string) => `Ihr Link zur Bewerbung: ${call}`,
    body: (call: string, closes: string) =>
      `Sie haben auf der Seite der Ausschreibung „${call}“ einen Link zu Ihrer Bewerbung angefordert. Damit können Sie die Bewerbung ausfüllen, zwischendurch speichern (jede Eingabe wird gesichert) und später weitermachen. Bewerbungsschluss ist ${closes}.`,
    button: 'Bewerbung öffnen',
    validity: (until: string) =>
      `Der Link gilt bis ${until}. Er ist persönlich: Bitte leiten Sie ihn nicht weiter. Ist er abgelaufen, fordern Sie auf der Seite der Ausschreibung einfach einen neuen an.`,
    reason: (call: string) =>
      `Sie auf der Seite der Ausschreibung „${call}“ einen Link mit dieser Adresse angefordert haben. Waren Sie das nicht, können Sie diese E-Mail ignorieren.`,
  },
  en: {
    subject: (call: string) => `Your link to your application: ${call}`,
    body: (call: string, closes: string) =>
      `You asked for a link to your application on the page of the call "${call}". With it you can fill in the application, save as you go (every entry is kept) and come back later. The deadline is ${closes}.`,
    button: 'Open the application',
    validity: (until: string) =>
      `The link works until ${until}. It is personal: please do not forward it. Once it has expired, ask for a new one on the page of the call.`,
    reason: (call: string) =>
      `someone asked for a link with this address on the page of the call "${call}". If that was not you, you can ignore this email.`,
  },
} as const;

function parts(data: MailTemplateData<'application-link'>, locale: Locale) {
  const call = data.callTitle;
  return {
    t: TEXTS[locale],
    body: TEXTS[locale].body(call, berlinDateTime(data.closesAt, locale)),
    validity: TEXTS[locale].validity(berlinDateTime(mailLink(data).expiresAt, locale)),
  };
}

/**
 * An applicant's link to their application (`/respond/application/<token>`), asked for on the
 * call's public page. Data: `callTitle`, `closesAt`, optional `founderName`.
 */
export const applicationLink: MailTemplate<'application-link'> = {
  subject: (data, locale) => TEXTS[locale].subject(data.callTitle),

  html(data, locale, { link }) {
    const { t, body, validity } = parts(data, locale);
    const url = link(mailLink(data).path);
    return html`<p>${applicantGreeting(data, locale)}</p>
      <p>${body}</p>
      ${button(url, t.button)}
      <p style="font-size:14px;color:#4b5563">${validity}</p>
      <p style="font-size:13px;color:#4b5563;word-break:break-all">${url}</p>`;
  },

  text(data, locale, { link }) {
    const { t, body, validity } = parts(data, locale);
    return [
      applicantGreeting(data, locale),
      '',
      body,
      '',
      `${t.button}: ${link(mailLink(data).path)}`,
      '',
      validity,
    ].join('\n');
  },

  reason: (data, locale) => TEXTS[locale].reason(data.callTitle),
};
