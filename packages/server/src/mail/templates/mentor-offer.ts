import type { Locale } from '@kohorte/contracts';
import { html } from '../html';
import { mailLink } from '../mail-link';
import { MailDataError, type MailTemplate, optionalString, requireString } from '../mail-template';

/** The offered startup: its name, one-liner and why it fits (in the mentor's language). */
interface OfferedStartup {
  name: string;
  oneLiner: string | null;
  reasons: string[];
}

function startupOf(data: Record<string, unknown>): OfferedStartup {
  const reasons = data.reasons ?? [];
  if (!Array.isArray(reasons) || reasons.some((reason) => typeof reason !== 'string')) {
    throw new MailDataError('The mail\'s data field "reasons" must list texts');
  }
  return {
    name: requireString(data, 'startupName'),
    oneLiner: optionalString(data, 'oneLiner'),
    reasons: reasons as string[],
  };
}

function expiry(data: Record<string, unknown>, locale: Locale): string {
  const date = new Date(mailLink(data).expiresAt);
  if (Number.isNaN(date.getTime())) {
    throw new MailDataError("The mail's link has no valid expiry date");
  }
  // The programme runs in Germany: its dates are read in German time.
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

const TEXTS = {
  de: {
    greeting: (name: string | null) => `Hallo${name ? ` ${name}` : ''},`,
    subject: (startup: string) => `Mentoring-Anfrage: ${startup}`,
    ask: (incubator: string, cohort: string) =>
      `${incubator} möchte Sie als Mentor:in für ${cohort} gewinnen. Wir haben dieses Startup für Sie ausgewählt:`,
    why: 'Warum es passt',
    button: 'Anfrage ansehen und antworten',
    validity: (until: string) =>
      `Der Link gilt bis ${until} und nur für eine Antwort. Er ist persönlich: Bitte leiten Sie ihn nicht weiter.`,
    reason: (incubator: string) =>
      `Sie im Mentor:innen-Pool von ${incubator} eingetragen sind und das Programmteam Ihnen Startups vorschlägt.`,
  },
  en: {
    greeting: (name: string | null) => `Hello${name ? ` ${name}` : ''},`,
    subject: (startup: string) => `Mentoring request: ${startup}`,
    ask: (incubator: string, cohort: string) =>
      `${incubator} would like you to mentor in ${cohort}. We have chosen this startup for you:`,
    why: 'Why it fits',
    button: 'See the request and answer',
    validity: (until: string) =>
      `The link works until ${until} and for one answer. It is personal: please do not forward it.`,
    reason: (incubator: string) =>
      `you are in the mentor pool of ${incubator} and the programme team proposes startups to you.`,
  },
} as const;

/**
 * "Would you mentor this startup?": one email per offer, with the startup, why it fits and the
 * offer's single-use link. Data: `mentorName`, `cohortName`, `startupName`, optional `oneLiner`,
 * `reasons` (texts in the mentor's language); the link (`/respond/offer/<token>`) is issued when
 * the mail is sent (`mailLink(data)`), so the outbox holds no token.
 */
export const mentorOffer: MailTemplate = {
  subject: (data, locale) => TEXTS[locale].subject(startupOf(data).name),

  html(data, locale, { link, incubatorName }) {
    const t = TEXTS[locale];
    const startup = startupOf(data);
    const url = link(mailLink(data).path);
    const reasons = startup.reasons.map((reason) => html`<li>${reason}</li>`);
    return html`<p>${t.greeting(optionalString(data, 'mentorName'))}</p>
      <p>${t.ask(incubatorName, requireString(data, 'cohortName'))}</p>
      <div style="border:1px solid #e5e7eb;border-radius:8px;padding:12px 16px;margin:12px 0">
        <h2 style="font-size:17px;margin:0 0 4px">${startup.name}</h2>
        ${startup.oneLiner ? html`<p style="margin:0 0 8px;color:#374151">${startup.oneLiner}</p>` : ''}
        ${
          reasons.length > 0
            ? html`<p style="margin:8px 0 0;font-weight:600">${t.why}</p>
                <ul style="margin:4px 0 8px">
                  ${reasons}
                </ul>`
            : ''
        }
      </div>
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
    const startup = startupOf(data);
    const lines: string[] = [
      t.greeting(optionalString(data, 'mentorName')),
      '',
      t.ask(incubatorName, requireString(data, 'cohortName')),
      '',
      `* ${startup.name}`,
    ];
    if (startup.oneLiner) lines.push(`  ${startup.oneLiner}`);
    if (startup.reasons.length > 0) {
      lines.push('', `${t.why}:`, ...startup.reasons.map((reason) => `- ${reason}`));
    }
    lines.push(
      '',
      `${t.button}: ${link(mailLink(data).path)}`,
      '',
      t.validity(expiry(data, locale)),
    );
    return lines.join('\n');
  },

  reason: (_data, locale, { incubatorName }) => TEXTS[locale].reason(incubatorName),
};
