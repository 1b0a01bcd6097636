import { html, type SafeHtml } from '../html';
import { MailDataError, requireString } from '../mail-template';

/** A person an introduction email names: name, email and (for a mentor or a fund) the company. */
export interface IntroducedPerson {
  name: string;
  email: string;
  company: string | null;
}

/** The other side of an introduction, from the mail's data field `people`. */
export function introducedPeople(data: Record<string, unknown>): IntroducedPerson[] {
  const people = data.people;
  if (
    !Array.isArray(people) ||
    people.length === 0 ||
    people.some(
      (person: unknown) =>
        typeof person !== 'object' ||
        person === null ||
        typeof (person as IntroducedPerson).name !== 'string' ||
        typeof (person as IntroducedPerson).email !== 'string',
    )
  ) {
    throw new MailDataError('The mail\'s data field "people" must list names and emails');
  }
  return (people as IntroducedPerson[]).map((person) => ({
    name: person.name,
    email: person.email,
    company: typeof person.company === 'string' && person.company !== '' ? person.company : null,
  }));
}

/** Which side of the introduction the mail goes to (`data.audience`), one of `audiences`. */
export function introductionAudience<A extends string>(
  data: Record<string, unknown>,
  audiences: readonly A[],
): A {
  const audience = requireString(data, 'audience');
  if (!audiences.includes(audience as A)) {
    throw new MailDataError(`The mail's data field "audience" must be ${audiences.join(' or ')}`);
  }
  return audience as A;
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
