import {
  LOCALES,
  type Locale,
  type PersonRecord,
  type PrivacyRecordKind,
  type PrivacyRecordRef,
} from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { column, query, rowSpec, type RowOf } from '../../infra/database/typed-query';
import { NotFoundError } from '../../infra/errors/domain-errors';

const PERSON_ROW = rowSpec({
  kind: column('text').as<PrivacyRecordKind>(),
  id: 'uuid',
  label: 'text',
  email: 'text?',
  locale: 'text?',
  startupId: 'uuid?',
  startupName: 'text?',
  startupContacts: 'int4?',
});

type PersonRow = RowOf<typeof PERSON_ROW>;

// Every record kind, as one row shape; `$1` is an email (lower case) or null, `$2` an id or null.
const PEOPLE_SQL = `
SELECT 'mentor' AS kind, id, full_name AS label, email, NULL AS locale,
       NULL::uuid AS "startupId", NULL AS "startupName", NULL::int AS "startupContacts"
  FROM mentors WHERE lower(email) = $1 OR id = $2
UNION ALL
SELECT 'investor', id, coalesce(contact_name || ' (' || name || ')', name), email, locale,
       NULL, NULL, NULL
  FROM investors WHERE lower(email) = $1 OR id = $2
UNION ALL
SELECT 'contact', c.id, c.full_name, c.email, NULL, s.id, s.name,
       (SELECT count(*)::int FROM startup_contacts o WHERE o.startup_id = s.id)
  FROM startup_contacts c JOIN startups s ON s.id = c.startup_id
 WHERE lower(c.email) = $1 OR c.id = $2
UNION ALL
SELECT 'user', id, name, email, locale, NULL, NULL, NULL
  FROM users WHERE lower(email) = $1 OR id = $2
UNION ALL
SELECT 'applicant', id, coalesce(founder_name, email), email, locale, NULL, NULL, NULL
  FROM applications WHERE lower(email) = $1 OR id = $2
UNION ALL
SELECT 'reviewer', id, name, email, locale, NULL, NULL, NULL
  FROM call_reviewers WHERE lower(email) = $1 OR id = $2
UNION ALL
SELECT 'startup', id, name, NULL, NULL, NULL, NULL, NULL
  FROM startups WHERE id = $2
ORDER BY 1, 3`;

function toPerson(row: PersonRow): PersonRecord {
  return {
    kind: row.kind,
    id: row.id,
    label: row.label,
    email: row.email,
    locale: (LOCALES as readonly string[]).includes(row.locale ?? '')
      ? (row.locale as Locale)
      : null,
    startup:
      row.startupId && row.startupName
        ? { id: row.startupId, name: row.startupName, contacts: row.startupContacts ?? 0 }
        : null,
  };
}

const people = query(PEOPLE_SQL, PERSON_ROW);

/** Every record that holds this email address: the person's mentor, investor, founder, staff and applicant records. */
export async function peopleByEmail(
  manager: EntityManager,
  email: string,
): Promise<PersonRecord[]> {
  const rows = await people.all(manager, [email.trim().toLowerCase(), null]);
  return rows.map(toPerson);
}

/** The records asked for, each with its email; 404 naming the first that does not exist. */
export async function recordsOf(
  manager: EntityManager,
  refs: readonly PrivacyRecordRef[],
): Promise<PersonRecord[]> {
  const found: PersonRecord[] = [];
  for (const ref of refs) {
    const rows = await people.all(manager, [null, ref.id]);
    const row = rows.find((candidate) => candidate.kind === ref.kind);
    if (!row) throw new NotFoundError(`No ${ref.kind} has the id ${ref.id}`);
    found.push(toPerson(row));
  }
  return found;
}

/** The row lock an erasure takes on a record of a kind: one declared query per kind's table. */
function lockOf(table: string) {
  return query(`SELECT id FROM ${table} WHERE id = $1 FOR UPDATE`, { id: 'uuid' });
}

const RECORD_LOCKS: Record<PrivacyRecordKind, ReturnType<typeof lockOf>> = {
  contact: lockOf('startup_contacts'),
  mentor: lockOf('mentors'),
  investor: lockOf('investors'),
  user: lockOf('users'),
  applicant: lockOf('applications'),
  reviewer: lockOf('call_reviewers'),
  startup: lockOf('startups'),
};

/** Locks the records (in a fixed order, so two erasures cannot deadlock on them). */
export async function lockRecords(
  manager: EntityManager,
  refs: readonly PrivacyRecordRef[],
): Promise<void> {
  const sorted = [...refs].sort((a, b) => `${a.kind}${a.id}`.localeCompare(`${b.kind}${b.id}`));
  for (const ref of sorted) {
    await RECORD_LOCKS[ref.kind].all(manager, [ref.id]);
  }
}
