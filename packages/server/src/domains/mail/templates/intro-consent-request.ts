import type { Locale } from '@kohorte/contracts';
import { html } from '../html';
import { mailLink } from '../mail-link';
import type { MailTemplate, MailTemplateData } from '../mail-template';
import {
  factsBox,
  factsText,
  INVESTOR_TYPE_LABELS,
  isReminder,
  linkButton,
  linkExpiry,
  ticketRange,
} from './introduction-parts';

const TEXTS = {
  de: {
    greeting: (name: string | null) => `Hallo${name ? ` ${name}` : ''},`,
    subject: (startup: string, investor: string) =>
      `${startup} bei ${investor} vorstellen? Bitte um Ihre Zustimmung`,
    reminderSubject: (subject: string) => `Erinnerung: ${subject}`,
    reminder:
      'Wir haben noch keine Antwort auf unsere Frage. Falls sie untergegangen ist: Hier ist sie noch einmal, mit einem neuen Link (der Link der ersten E-Mail gilt nicht mehr).',
    ask: (incubator: string, startup: string, cohort: string) =>
      `${incubator} möchte ${startup} (${cohort}) dieser Investor:in vorstellen. Vorher fragen wir Sie: Sind Sie einverstanden?`,
    how: 'Erst wenn Sie zustimmen, erhält die Investor:in eine anonyme Kurzbeschreibung ohne den Namen Ihres Startups. Den Namen und die Kontaktdaten der Gründer:innen erfährt sie nur, wenn sie die Vorstellung annimmt.',
    contact: 'Ansprechperson',
    type: 'Art',
    ticket: 'Ticket',
    why: 'Warum es passt',
    button: 'Anfrage ansehen und antworten',
    validity: (until: string) =>
      `Der Link gilt bis ${until} und nur für eine Antwort; es zählt die erste Antwort aus Ihrem Gründungsteam. Er ist persönlich: Bitte leiten Sie ihn nicht weiter.`,
    reason: (startup: string, incubator: string) =>
      `Sie als Gründer:in von ${startup} eingetragen sind und ${incubator} Ihr Startup einer Investor:in vorstellen möchte.`,
  },
  en: {
    greeting: (name: string | null) => `Hello${name ? ` ${name}` : ''},`,
    subject: (startup: string, investor: string) =>
      `Introduce ${startup} to ${investor}? We need your consent`,
    reminderSubject: (subject: string) => `Reminder: ${subject}`,
    reminder:
      'We have not heard back about our question yet. In case it got lost, here it is again with a new link (the link in the first email no longer works).',
    ask: (incubator: string, startup: string, cohort: string) =>
      `${incubator} would like to introduce ${startup} (${cohort}) to this investor. First we ask you: do you agree?`,
    how: 'Only when you agree does the investor get an anonymous summary without your startup’s name. They learn the name and the founders’ contacts only if they accept the introduction.',
    contact: 'Contact',
    type: 'Type',
    ticket: 'Ticket',
    why: 'Why it fits',
    button: 'See the request and answer',
    validity: (until: string) =>
      `The link works until ${until} and for one answer; the first answer from your founding team counts. It is personal: please do not forward it.`,
    reason: (startup: string, incubator: string) =>
      `you are listed as a founder of ${startup} and ${incubator} would like to introduce your startup to an investor.`,
  },
} as const;

/** The investor as the founders see it: name, contact, type, ticket. */
function investorFacts(
  data: MailTemplateData<'intro-consent-request'>,
  locale: Locale,
): [string, string][] {
  const t = TEXTS[locale];
  const facts: [string, string][] = [];
  const contact = data.contactName;
  if (contact) facts.push([t.contact, contact]);
  facts.push([t.type, INVESTOR_TYPE_LABELS[data.investorType][locale]]);
  const ticket = ticketRange(data.ticketMinEur, data.ticketMaxEur, locale);
  if (ticket) facts.push([t.ticket, ticket]);
  return facts;
}

/**
 * "May we introduce your startup to this investor?": the first step of the double opt-in, one
 * email per founder, each with its own single-use `intro-consent` link. Data: optional
 * `recipientName`, `startupName`, `cohortName`, `investorName`, optional `contactName`,
 * `investorType`, optional `ticketMinEur`/`ticketMaxEur`, `reasons` (texts in the founders'
 * language), optional `reminder: true` for the one reminder (a new link that replaces the first).
 */
export const introConsentRequest: MailTemplate<'intro-consent-request'> = {
  subject(data, locale) {
    const t = TEXTS[locale];
    const subject = t.subject(data.startupName, data.investorName);
    return isReminder(data) ? t.reminderSubject(subject) : subject;
  },

  html(data, locale, { link, incubatorName }) {
    const t = TEXTS[locale];
    const url = link(mailLink(data).path);
    const startup = data.startupName;
    return html`${isReminder(data) ? html`<p style="font-weight:600">${t.reminder}</p>` : ''}
      <p>${t.greeting(data.recipientName)}</p>
      <p>${t.ask(incubatorName, startup, data.cohortName)}</p>
      ${factsBox(data.investorName, investorFacts(data, locale), t.why, data.reasons)}
      <p>${t.how}</p>
      ${linkButton(url, t.button, t.validity(linkExpiry(data, locale)))}`;
  },

  text(data, locale, { link, incubatorName }) {
    const t = TEXTS[locale];
    const startup = data.startupName;
    const lines: string[] = [];
    if (isReminder(data)) lines.push(t.reminder, '');
    lines.push(
      t.greeting(data.recipientName),
      '',
      t.ask(incubatorName, startup, data.cohortName),
      '',
      ...factsText(data.investorName, investorFacts(data, locale), t.why, data.reasons),
      '',
      t.how,
      '',
      `${t.button}: ${link(mailLink(data).path)}`,
      '',
      t.validity(linkExpiry(data, locale)),
    );
    return lines.join('\n');
  },

  reason: (data, locale, { incubatorName }) =>
    TEXTS[locale].reason(data.startupName, incubatorName),
};
