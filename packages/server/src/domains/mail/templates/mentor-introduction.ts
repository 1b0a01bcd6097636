import { html } from '../html';
import type { MailTemplate, MailTemplateData } from '../mail-template';
import { peopleHtml, peopleText } from './introduced-people';

type Audience = MailTemplateData<'mentor-introduction'>['audience'];

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

/**
 * The introduction after a mentor accepted an offer, to both sides: the mentor gets the founders'
 * names and emails, each founder the mentor's name, email and company. Data: `audience`
 * (`mentor` | `founder`), optional `recipientName`, `startupName`, `cohortName`, `people`
 * (`{ name, email, company? }[]`, the other side). No link.
 */
export const mentorIntroduction: MailTemplate<'mentor-introduction'> = {
  subject: (data, locale) => TEXTS[locale].subject(data.startupName),

  html(data, locale) {
    const t = TEXTS[locale];
    const audience = data.audience;
    const people = peopleHtml(data.people);
    return html`<p>${t.greeting(data.recipientName)}</p>
      <p>${t[audience](data.startupName, data.cohortName)}</p>
      ${people}`;
  },

  text(data, locale) {
    const t = TEXTS[locale];
    const audience = data.audience;
    return [
      t.greeting(data.recipientName),
      '',
      t[audience](data.startupName, data.cohortName),
      '',
      ...peopleText(data.people),
    ].join('\n');
  },

  reason: (data, locale, { incubatorName }) => TEXTS[locale].reason(incubatorName, data.audience),
};
