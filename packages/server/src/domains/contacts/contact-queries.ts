import { query, rowSpec } from '../../infra/database/typed-query';

// `mentorId`: the mentor with the same email is the same person in a second role (no copy is
// kept); the unique index on lower(mentors.email) makes it at most one.
const CONTACT_COLUMNS = `c.id, c.startup_id AS "startupId", c.full_name AS "fullName", c.email,
  c.role, c.phone, c.is_founder AS "isFounder",
  (SELECT m.id FROM mentors m WHERE lower(m.email) = lower(c.email)) AS "mentorId",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt"
FROM startup_contacts c`;

const CONTACT_ROW = rowSpec({
  id: 'uuid',
  startupId: 'uuid',
  fullName: 'text',
  email: 'text',
  role: 'text?',
  phone: 'text?',
  isFounder: 'bool',
  mentorId: 'uuid?',
  createdAt: 'timestamptz',
  updatedAt: 'timestamptz',
});

export const contactsOfStartup = query(
  `SELECT ${CONTACT_COLUMNS} WHERE c.startup_id = $1
ORDER BY c.is_founder DESC, lower(c.full_name), c.id`,
  CONTACT_ROW,
);

export const contactOfStartup = query(
  `SELECT ${CONTACT_COLUMNS} WHERE c.startup_id = $1 AND c.id = $2`,
  CONTACT_ROW,
);

export const contactWithEmail = query(
  `SELECT id FROM startup_contacts WHERE startup_id = $1 AND lower(email) = lower($2)`,
  { id: 'uuid' },
);

/**
 * Founders by email, many startups at once: a person whose email (any case) the startup has
 * already is updated — name, and phone and role where given — and anyone else is added.
 */
export const upsertFounders = query(
  `INSERT INTO startup_contacts (startup_id, full_name, email, phone, role, is_founder)
     SELECT r.startup_id, r.full_name, r.email, r.phone, r.role, true
     FROM jsonb_to_recordset($1::jsonb)
       AS r(startup_id uuid, full_name varchar, email varchar, phone varchar, role varchar)
     ON CONFLICT (startup_id, lower(email)) DO UPDATE SET
       full_name = EXCLUDED.full_name,
       phone = coalesce(EXCLUDED.phone, startup_contacts.phone),
       role = coalesce(EXCLUDED.role, startup_contacts.role),
       updated_at = now()`,
  {},
);
