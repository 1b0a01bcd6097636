import type { Locale } from '@kohorte/contracts';
import { html } from '../html';
import { berlinDateTime } from '../berlin-time';
import { mailLink } from '../mail-link';
import type { MailTemplate, MailTemplateData } from '../mail-template';

function expiry(data: MailTemplateData<'startup-profile-link'>, locale: Locale): string {
  return berlinDateTime(mailLink(data).expiresAt, locale);
}

/** Whether the founder asked for the link on the profile page, rather than the team sending it. */
function requested(data: MailTemplateData<'startup-profile-link'>): boolean {
  return data.requestedByFounder === true;
}

/** The opening sentence: who wants what. */
function ask(
  data: MailTemplateData<'startup-profile-link'>,
  locale: Locale,
  incubator: string,
): string {
  const startup = data.startupName;
  return requested(data) ? TEXTS[locale].requested(startup) : TEXTS[locale].ask(startup, incubator);
}

function greeting(data: MailTemplateData<'startup-profile-link'>, locale: Locale): string {
  const name = data.founderName;
  return locale === 'de' ? `Hallo${name ? ` ${name}` : ''},` : `Hello${name ? ` ${name}` : ''},`;
}

const TEXTS = {
  de: {
    subject: (startup: string) => `Bitte aktualisieren Sie das Profil von ${startup}`,
    requestedSubject: (startup: string) => `Ihr Link zum Profil von ${startup}`,
    ask: (startup: string, incubator: string) =>
      `${incubator} bittet Sie, das Profil von ${startup} auf den neuesten Stand zu bringen und die Kennzahlen des Monats einzutragen (Umsatz, Kund:innen, Teamgröße, Finanzierung, Highlights und wobei Sie Unterstützung brauchen).`,
    requested: (startup: string) =>
      `Sie haben einen neuen Link zum Profil von ${startup} angefordert. Damit können Sie das Profil bearbeiten und die Kennzahlen des Monats eintragen.`,
    button: 'Profil öffnen',
    validity: (until: string) =>
      `Der Link gilt bis ${until} und kann bis dahin beliebig oft genutzt werden. Er ist persönlich: Bitte leiten Sie ihn nicht weiter. Ist er abgelaufen, können Sie auf der Seite einen neuen anfordern.`,
    reason: (startup: string) =>
      `Sie als Gründer:in von ${startup} eingetragen sind und das Programmteam um ein aktuelles Profil bittet.`,
    requestedReason: (startup: string) =>
      `Sie als Gründer:in von ${startup} eingetragen sind und diesen Link angefordert haben.`,
  },
  en: {
    subject: (startup: string) => `Please update the profile of ${startup}`,
    requestedSubject: (startup: string) => `Your link to the profile of ${startup}`,
    ask: (startup: string, incubator: string) =>
      `${incubator} asks you to bring the profile of ${startup} up to date and to enter this month's figures (revenue, customers, team size, funding, highlights and where you need support).`,
    requested: (startup: string) =>
      `You asked for a new link to the profile of ${startup}. With it you can edit the profile and enter this month's figures.`,
    button: 'Open the profile',
    validity: (until: string) =>
      `The link works until ${until} and can be used as often as you like until then. It is personal: please do not forward it. Once it has expired, you can ask for a new one on the page.`,
    reason: (startup: string) =>
      `you are listed as a founder of ${startup} and the programme team asks for an up-to-date profile.`,
    requestedReason: (startup: string) =>
      `you are listed as a founder of ${startup} and asked for this link.`,
  },
} as const;

/**
 * "Please update your startup's profile": a founder's link to the profile and monthly figures
 * forms. Data: `startupName`, optional `founderName`; the link (`/respond/profile/<token>`) is
 * issued at send time from the mail's link request (`mailLink(data)`).
 */
export const startupProfileLink: MailTemplate<'startup-profile-link'> = {
  subject: (data, locale) => {
    const startup = data.startupName;
    return requested(data)
      ? TEXTS[locale].requestedSubject(startup)
      : TEXTS[locale].subject(startup);
  },

  html(data, locale, { link, incubatorName }) {
    const t = TEXTS[locale];
    const url = link(mailLink(data).path);
    return html`<p>${greeting(data, locale)}</p>
      <p>${ask(data, locale, incubatorName)}</p>
      <p>
        <a
          href="${url}"
          style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none"
          >${t.button}</a
        >
      </p>
      <p style="font-size:14px;color:#4b5563">${t.validity(expiry(data, locale))}</p>
      <p style="font-size:13px;color:#4b5563;word-break:break-all">${url}</p>`;
  },

  text(data, locale, { link, incubatorName }) {
    const t = TEXTS[locale];
    return [
      greeting(data, locale),
      '',
      ask(data, locale, incubatorName),
      '',
      `${t.button}: ${link(mailLink(data).path)}`,
      '',
      t.validity(expiry(data, locale)),
    ].join('\n');
  },

  reason: (data, locale) => {
    const startup = data.startupName;
    return requested(data) ? TEXTS[locale].requestedReason(startup) : TEXTS[locale].reason(startup);
  },
};
