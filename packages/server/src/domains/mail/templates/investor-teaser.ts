import type { Locale } from '@kohorte/contracts';
import { html } from '../html';
import { mailLink } from '../mail-link';
import type { MailTemplate, MailTemplateData } from '../mail-template';
import {
  euros,
  factsBox,
  factsText,
  isReminder,
  linkButton,
  linkExpiry,
} from './introduction-parts';

const TEXTS = {
  de: {
    greeting: (name: string | null) => `Hallo${name ? ` ${name}` : ''},`,
    subject: (incubator: string) => `Vorstellungsanfrage von ${incubator}: ein Startup für Sie`,
    reminderSubject: (subject: string) => `Erinnerung: ${subject}`,
    reminder:
      'Wir haben noch keine Antwort auf unsere Anfrage. Falls sie untergegangen ist: Hier ist sie noch einmal, mit einem neuen Link (der Link der ersten E-Mail gilt nicht mehr).',
    ask: (incubator: string, cohort: string) =>
      `${incubator} möchte Ihnen ein Startup aus ${cohort} vorstellen; die Gründer:innen sind einverstanden. Hier ist ein anonymes Kurzprofil. Den Namen und die Kontaktdaten erfahren Sie, wenn Sie die Vorstellung annehmen.`,
    heading: 'Das Startup',
    stage: 'Phase',
    sectors: 'Branchen',
    sought: 'Sucht',
    team: 'Teamgröße',
    founded: 'Gegründet',
    why: 'Warum es passt',
    button: 'Kurzprofil ansehen und antworten',
    validity: (until: string) =>
      `Der Link gilt bis ${until} und nur für eine Antwort. Er ist persönlich: Bitte leiten Sie ihn nicht weiter.`,
    reason: (incubator: string) =>
      `Sie bei ${incubator} als Investor:in eingetragen sind und das Programmteam Ihnen passende Startups vorstellt.`,
  },
  en: {
    greeting: (name: string | null) => `Hello${name ? ` ${name}` : ''},`,
    subject: (incubator: string) => `Introduction request from ${incubator}: a startup for you`,
    reminderSubject: (subject: string) => `Reminder: ${subject}`,
    reminder:
      'We have not heard back about our request yet. In case it got lost, here it is again with a new link (the link in the first email no longer works).',
    ask: (incubator: string, cohort: string) =>
      `${incubator} would like to introduce you to a startup from ${cohort}; its founders agree. Here is an anonymous profile. You learn the name and the contacts when you accept the introduction.`,
    heading: 'The startup',
    stage: 'Stage',
    sectors: 'Sectors',
    sought: 'Seeks',
    team: 'Team size',
    founded: 'Founded',
    why: 'Why it fits',
    button: 'See the profile and answer',
    validity: (until: string) =>
      `The link works until ${until} and for one answer. It is personal: please do not forward it.`,
    reason: (incubator: string) =>
      `you are listed as an investor with ${incubator} and the programme team introduces fitting startups to you.`,
  },
} as const;

/** The anonymous profile's facts; nothing in the data names the startup. */
function teaserFacts(
  data: MailTemplateData<'investor-teaser'>,
  locale: Locale,
): [string, string][] {
  const t = TEXTS[locale];
  const facts: [string, string][] = [];
  const stage = data.stage;
  if (stage) facts.push([t.stage, stage]);
  const sectors = data.sectors;
  if (sectors.length > 0) facts.push([t.sectors, sectors.join(', ')]);
  const sought = data.fundingSoughtEur;
  if (sought !== null) facts.push([t.sought, euros(sought, locale)]);
  const team = data.teamSize;
  if (team !== null) facts.push([t.team, String(team)]);
  const founded = data.foundedYear;
  if (founded !== null) facts.push([t.founded, String(founded)]);
  return facts;
}

/**
 * The anonymised teaser to an investor, sent once the founders agreed: stage, sectors, funding
 * sought, team size, founding year and why it fits, never the startup's name, one-liner, website,
 * city or founders (its data carries none of them). Data: optional `recipientName`, `cohortName`,
 * optional `stage` (a label), `sectors` (labels), optional `fundingSoughtEur`, `teamSize`,
 * `foundedYear`, `reasons` (texts in the investor's language), optional `reminder: true`. The
 * single-use `investor-offer` link is issued when the mail is sent.
 */
export const investorTeaser: MailTemplate<'investor-teaser'> = {
  subject(data, locale, { incubatorName }) {
    const t = TEXTS[locale];
    const subject = t.subject(incubatorName);
    return isReminder(data) ? t.reminderSubject(subject) : subject;
  },

  html(data, locale, { link, incubatorName }) {
    const t = TEXTS[locale];
    const url = link(mailLink(data).path);
    return html`${isReminder(data) ? html`<p style="font-weight:600">${t.reminder}</p>` : ''}
      <p>${t.greeting(data.recipientName)}</p>
      <p>${t.ask(incubatorName, data.cohortName)}</p>
      ${factsBox(t.heading, teaserFacts(data, locale), t.why, data.reasons)}
      ${linkButton(url, t.button, t.validity(linkExpiry(data, locale)))}`;
  },

  text(data, locale, { link, incubatorName }) {
    const t = TEXTS[locale];
    const lines: string[] = [];
    if (isReminder(data)) lines.push(t.reminder, '');
    lines.push(
      t.greeting(data.recipientName),
      '',
      t.ask(incubatorName, data.cohortName),
      '',
      ...factsText(t.heading, teaserFacts(data, locale), t.why, data.reasons),
      '',
      `${t.button}: ${link(mailLink(data).path)}`,
      '',
      t.validity(linkExpiry(data, locale)),
    );
    return lines.join('\n');
  },

  reason: (_data, locale, { incubatorName }) => TEXTS[locale].reason(incubatorName),
};
