import { html } from '../html';
import type { MailTemplate, MailTemplateData } from '../mail-template';
import { peopleHtml, peopleText } from './introduced-people';

type Audience = MailTemplateData<'investor-introduction'>['audience'];

const TEXTS = {
  de: {
    greeting: (name: string | null) => `Hallo${name ? ` ${name}` : ''},`,
    subject: (startup: string, investor: string) => `Vorstellung: ${startup} und ${investor}`,
    investor: (startup: string, cohort: string) =>
      `vielen Dank für Ihre Zusage! Das Startup ist ${startup} (${cohort}).`,
    investorPeople: 'Die Gründer:innen – bitte nehmen Sie direkt Kontakt auf:',
    founder: (startup: string, investor: string) =>
      `gute Nachrichten: ${investor} möchte ${startup} kennenlernen. Bitte nehmen Sie direkt Kontakt auf:`,
    website: 'Website',
    reason: (incubator: string, audience: Audience) =>
      audience === 'investor'
        ? `Sie eine Vorstellungsanfrage von ${incubator} angenommen haben.`
        : `Sie als Gründer:in einer Vorstellung durch ${incubator} zugestimmt haben und die Investor:in sie angenommen hat.`,
  },
  en: {
    greeting: (name: string | null) => `Hello${name ? ` ${name}` : ''},`,
    subject: (startup: string, investor: string) => `Introduction: ${startup} and ${investor}`,
    investor: (startup: string, cohort: string) =>
      `thank you for accepting! The startup is ${startup} (${cohort}).`,
    investorPeople: 'Its founders – please get in touch with them directly:',
    founder: (startup: string, investor: string) =>
      `good news: ${investor} would like to meet ${startup}. Please get in touch directly:`,
    website: 'Website',
    reason: (incubator: string, audience: Audience) =>
      audience === 'investor'
        ? `you accepted an introduction request from ${incubator}.`
        : `as a founder you agreed to an introduction by ${incubator} and the investor accepted it.`,
  },
} as const;

/**
 * The introduction after an investor accepted, to both sides: the investor learns the startup
 * (name, one-liner, website) and its founders' names and emails; each founder gets the investor's
 * contact. Data: `audience` (`investor` | `founder`), optional `recipientName`, `startupName`,
 * `cohortName`, `investorName`, optional `oneLiner` and `website` (for the investor), `people`
 * (`{ name, email, company? }[]`, the other side). No link.
 */
export const investorIntroduction: MailTemplate<'investor-introduction'> = {
  subject: (data, locale) => TEXTS[locale].subject(data.startupName, data.investorName),

  html(data, locale) {
    const t = TEXTS[locale];
    const startup = data.startupName;
    const people = peopleHtml(data.people);
    if (data.audience === 'founder') {
      return html`<p>${t.greeting(data.recipientName)}</p>
        <p>${t.founder(startup, data.investorName)}</p>
        ${people}`;
    }
    const oneLiner = data.oneLiner;
    const website = data.website;
    return html`<p>${t.greeting(data.recipientName)}</p>
      <p>${t.investor(startup, data.cohortName)}</p>
      ${oneLiner ? html`<p style="color:#374151">${oneLiner}</p>` : ''}
      ${website ? html`<p>${t.website}: ${website}</p>` : ''}
      <p>${t.investorPeople}</p>
      ${people}`;
  },

  text(data, locale) {
    const t = TEXTS[locale];
    const startup = data.startupName;
    const lines = [t.greeting(data.recipientName), ''];
    if (data.audience === 'founder') {
      lines.push(t.founder(startup, data.investorName));
    } else {
      lines.push(t.investor(startup, data.cohortName));
      const oneLiner = data.oneLiner;
      const website = data.website;
      if (oneLiner) lines.push(oneLiner);
      if (website) lines.push(`${t.website}: ${website}`);
      lines.push('', t.investorPeople);
    }
    lines.push('', ...peopleText(data.people));
    return lines.join('\n');
  },

  reason: (data, locale, { incubatorName }) => TEXTS[locale].reason(incubatorName, data.audience),
};
