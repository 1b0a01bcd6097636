import { html, type SafeHtml } from '../html';

/** A person an introduction email names: name, email and (for a mentor or a fund) the company. */
export interface IntroducedPerson {
  name: string;
  email: string;
  company: string | null;
}

/** The people as an HTML list with mailto links. */
export function peopleHtml(people: readonly IntroducedPerson[]): SafeHtml {
  const items = people.map(
    (person) =>
      html`<li>
        <strong>${person.name}</strong>${person.company ? html` (${person.company})` : ''}:
        <a href="mailto:${person.email}">${person.email}</a>
      </li>`,
  );
  return html`<ul>
    ${items}
  </ul>`;
}

/** The people as plain-text lines: `- Name (Company) <email>`. */
export function peopleText(people: readonly IntroducedPerson[]): string[] {
  return people.map(
    (person) => `- ${person.name}${person.company ? ` (${person.company})` : ''} <${person.email}>`,
  );
}
