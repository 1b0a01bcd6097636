import type { Locale } from '@kohorte/contracts';
import { berlinDateTime } from '../berlin-time';
import { html } from '../html';
import { type IssuedMailLink, mailLink, mailLinks } from '../mail-link';
import { MailDataError, type MailTemplate, type MailTemplateData } from '../mail-template';

/** One offered startup: its name, one-liner, why it fits (in the mentor's language), its link. */
interface OfferedStartup {
  name: string;
  oneLiner: string | null;
  reasons: string[];
  link: IssuedMailLink;
}

/**
 * The startups the mail offers, in order: `data.startups` (each with the `proposalId` that names
 * its link in `data.links`). A mail written before offers were grouped per mentor has one
 * startup at the top level of its data and one `data.link`; it still renders.
 */
function offeredStartups(data: MailTemplateData<'mentor-offer'>): OfferedStartup[] {
  if (!('startups' in data)) {
    return [
      {
        name: data.startupName,
        oneLiner: data.oneLiner,
        reasons: data.reasons,
        link: mailLink(data),
      },
    ];
  }
  const links = mailLinks(data);
  return data.startups.map((startup) => {
    const link = links[startup.proposalId];
    if (!link) throw new MailDataError(`The mail has no link for offer ${startup.proposalId}`);
    return {
      name: startup.startupName,
      oneLiner: startup.oneLiner,
      reasons: startup.reasons,
      link,
    };
  });
}

/** When the first of the mail's links stops working, in German time (the programme's). */
function expiry(startups: OfferedStartup[], locale: Locale): string {
  const times = startups.map((startup) => new Date(startup.link.expiresAt).getTime());
  if (times.some((time) => Number.isNaN(time))) {
    throw new MailDataError("The mail's link has no valid expiry date");
  }
  return berlinDateTime(new Date(Math.min(...times)), locale);
}

const TEXTS = {
  de: {
    greeting: (name: string | null) => `Hallo${name ? ` ${name}` : ''},`,
    subject: (first: string, more: number) =>
      more === 0
        ? `Mentoring-Anfrage: ${first}`
        : `Mentoring-Anfrage: ${first} und ${more} weitere${more === 1 ? 's Startup' : ' Startups'}`,
    ask: (incubator: string, cohort: string, count: number) =>
      count === 1
        ? `${incubator} möchte Sie als Mentor:in für ${cohort} gewinnen. Wir haben dieses Startup für Sie ausgewählt:`
        : `${incubator} möchte Sie als Mentor:in für ${cohort} gewinnen. Wir haben diese ${count} Startups für Sie ausgewählt; Sie können jedem einzeln zu- oder absagen:`,
    why: 'Warum es passt',
    button: 'Anfrage ansehen und antworten',
    buttonFor: (startup: string) => `Anfrage zu ${startup} ansehen und antworten`,
    validity: (until: string, count: number) =>
      count === 1
        ? `Der Link gilt bis ${until} und nur für eine Antwort. Er ist persönlich: Bitte leiten Sie ihn nicht weiter.`
        : `Jeder Link gilt bis ${until} und nur für eine Antwort. Die Links sind persönlich: Bitte leiten Sie sie nicht weiter.`,
    reason: (incubator: string) =>
      `Sie im Mentor:innen-Pool von ${incubator} eingetragen sind und das Programmteam Ihnen Startups vorschlägt.`,
  },
  en: {
    greeting: (name: string | null) => `Hello${name ? ` ${name}` : ''},`,
    subject: (first: string, more: number) =>
      more === 0
        ? `Mentoring request: ${first}`
        : `Mentoring request: ${first} and ${more} more startup${more === 1 ? '' : 's'}`,
    ask: (incubator: string, cohort: string, count: number) =>
      count === 1
        ? `${incubator} would like you to mentor in ${cohort}. We have chosen this startup for you:`
        : `${incubator} would like you to mentor in ${cohort}. We have chosen these ${count} startups for you; you can accept or decline each one on its own:`,
    why: 'Why it fits',
    button: 'See the request and answer',
    buttonFor: (startup: string) => `See the request for ${startup} and answer`,
    validity: (until: string, count: number) =>
      count === 1
        ? `The link works until ${until} and for one answer. It is personal: please do not forward it.`
        : `Each link works until ${until} and for one answer. The links are personal: please do not forward them.`,
    reason: (incubator: string) =>
      `you are in the mentor pool of ${incubator} and the programme team proposes startups to you.`,
  },
} as const;

/**
 * "Would you mentor these startups?": one email per mentor and sending, listing each offered
 * startup with why it fits and its own single-use link, so that each offer is answered on its
 * own. Data: `mentorName`, `cohortName`, `startups: [{ proposalId, startupName, oneLiner?,
 * reasons }]`; the links (`/respond/offer/<token>`, named by proposal id) are issued when the
 * mail is sent (`mailLinks(data)`), so the outbox holds no token.
 */
export const mentorOffer: MailTemplate<'mentor-offer'> = {
  subject(data, locale) {
    const startups = offeredStartups(data);
    const [first] = startups;
    if (!first) throw new Error('A mentor offer mail names at least one startup');
    return TEXTS[locale].subject(first.name, startups.length - 1);
  },

  html(data, locale, { link, incubatorName }) {
    const t = TEXTS[locale];
    const startups = offeredStartups(data);
    const single = startups.length === 1;
    const cards = startups.map((startup) => {
      const url = link(startup.link.path);
      const reasons = startup.reasons.map((reason) => html`<li>${reason}</li>`);
      return html`<div
        style="border:1px solid #e5e7eb;border-radius:8px;padding:12px 16px;margin:12px 0"
      >
        <h2 style="font-size:17px;margin:0 0 4px">${startup.name}</h2>
        ${
          startup.oneLiner
            ? html`<p style="margin:0 0 8px;color:#374151">${startup.oneLiner}</p>`
            : ''
        }
        ${
          reasons.length > 0
            ? html`<p style="margin:8px 0 0;font-weight:600">${t.why}</p>
                <ul style="margin:4px 0 8px">
                  ${reasons}
                </ul>`
            : ''
        }
        <p style="margin:12px 0 4px">
          <a
            href="${url}"
            style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none"
            >${single ? t.button : t.buttonFor(startup.name)}</a
          >
        </p>
        <p style="font-size:13px;color:#4b5563;word-break:break-all;margin:4px 0 0">${url}</p>
      </div>`;
    });
    return html`<p>${t.greeting(data.mentorName)}</p>
      <p>${t.ask(incubatorName, data.cohortName, startups.length)}</p>
      ${cards}
      <p style="font-size:14px;color:#4b5563">
        ${t.validity(expiry(startups, locale), startups.length)}
      </p>`;
  },

  text(data, locale, { link, incubatorName }) {
    const t = TEXTS[locale];
    const startups = offeredStartups(data);
    const single = startups.length === 1;
    const lines: string[] = [
      t.greeting(data.mentorName),
      '',
      t.ask(incubatorName, data.cohortName, startups.length),
    ];
    for (const startup of startups) {
      lines.push('', `* ${startup.name}`);
      if (startup.oneLiner) lines.push(`  ${startup.oneLiner}`);
      if (startup.reasons.length > 0) {
        lines.push('', `  ${t.why}:`, ...startup.reasons.map((reason) => `  - ${reason}`));
      }
      lines.push(
        '',
        `  ${single ? t.button : t.buttonFor(startup.name)}: ${link(startup.link.path)}`,
      );
    }
    lines.push('', t.validity(expiry(startups, locale), startups.length));
    return lines.join('\n');
  },

  reason: (_data, locale, { incubatorName }) => TEXTS[locale].reason(incubatorName),
};
