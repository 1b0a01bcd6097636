import { html } from '../html';
import { MailDataError, type MailTemplate, optionalString, requireString } from '../mail-template';

/** A person the email introduces: name, email and (for a mentor) company. */
interface Introduced {
  name: string;
  email: string;
  company: string | null;
}

function peopleOf(data: Record<string, unknown>): Introduced[] {
  const people = data.people;
  if (
    !Array.isArray(people) ||
    people.length === 0 ||
    people.some(
      (person: unknown) =>
        typeof person !== 'object' ||
        person === null ||
        typeof (person as Introduced).name !== 'string' ||
        typeof (person as Introduced).email !== 'string',
    )
  ) {
    throw new MailDataError('The mail\'s data field "people" must list names and emails');
  }
  return (people as Introduced[]).map((person) => ({
    name: person.name,
    email: person.email,
    company: typeof person.company === 'string' && person.company !== '' ? person.company : null,
  }));
}

type Audience = 'mentor' | 'founder';

function audienceOf(data: Record<string, unknown>): Audience {
  const audience = requireString(data, 'audience');
  if (audience !== 'mentor' && audience !== 'founder') {
    throw new MailDataError('The mail\'s data field "audience" must be mentor or founder');
  }
  return audience;
}

const TEXTS = {
  de: {
    greeting: (name: string | null) => `Hallo${name ? ` ${name}` : ''},`,
    subject: (startup: string) => `Vorstellung: Mentoring für ${startup}`,
    mentor: (startup: string, cohort: string) =>
      `vielen Dank für Ihre Zusage! Hier sind die Gründer:innen von ${startup} (${cohort}). Bitte nehmen Sie direkt Kontakt auf:`,
    founder: (startup: string, cohort: string) =>
      `gute Nachrichten: Für ${startup} (${cohort}) hat diese Person als Mentor:in zugesagt. Bitte nehmen Sie direkt Kontakt auf:`,
    reason: (incubator: string, audience: Audience) =>
      audience === 'mentor'
        ? `Sie eine Mentoring-Anfrage von ${incubator} angenommen haben.`
        : `Ihr Startup an einem Programm von ${incubator} teilnimmt und eine Mentor:in zugesagt hat.`,
  },
  en: {
    greeting: (name: string | null) => `Hello${name ? ` ${name}` : ''},`,
    subject: (startup: string) => `Introduction: mentoring for ${startup}`,
    mentor: (startup: string, cohort: string) =>
      `thank you for accepting! Here are the founders of ${startup} (${cohort}). Please get in touch with them directly:`,
    founder: (startup: string, cohort: string) =>
      `good news: this mentor has agreed to mentor ${startup} (${cohort}). Please get in touch directly:`,
    reason: (incubator: string, audience: Audience) =>
      audience === 'mentor'
        ? `you accepted a mentoring request from ${incubator}.`
        : `your startup takes part in a programme of ${incubator} and a mentor agreed to mentor it.`,
  },
} as const;

function describe(person: Introduced): string {
  return `${person.name}${person.company ? ` (${person.company})` : ''} <${person.email}>`;
}

/**
 * The introduction after a mentor accepted an offer, to both sides: the mentor gets the founders'
 * names and emails, each founder the mentor's name, email and company. Data: `audience`
 * (`mentor` | `founder`), optional `recipientName`, `startupName`, `cohortName`, `people`
 * (`{ name, email, company? }[]`, the other side). No link.
 */
export const mentorIntroduction: MailTemplate = {
  subject: (data, locale) => TEXTS[locale].subject(requireString(data, 'startupName')),

  html(data, locale) {
    const t = TEXTS[locale];
    const audience = audienceOf(data);
    const people = peopleOf(data).map(
      (person) =>
        html`<li>
          <strong>${person.name}</strong>${person.company ? html` (${person.company})` : ''}:
          <a href="mailto:${person.email}">${person.email}</a>
        </li>`,
    );
    return html`<p>${t.greeting(optionalString(data, 'recipientName'))}</p>
      <p>${t[audience](requireString(data, 'startupName'), requireString(data, 'cohortName'))}</p>
      <ul>
        ${people}
      </ul>`;
  },

  text(data, locale) {
    const t = TEXTS[locale];
    const audience = audienceOf(data);
    return [
      t.greeting(optionalString(data, 'recipientName')),
      '',
      t[audience](requireString(data, 'startupName'), requireString(data, 'cohortName')),
      '',
      ...peopleOf(data).map((person) => `- ${describe(person)}`),
    ].join('\n');
  },

  reason: (data, locale, { incubatorName }) =>
    TEXTS[locale].reason(incubatorName, audienceOf(data)),
};
