import { query, rows } from '../../infra/database/typed-query';

/** The month's figures row, inserted when missing (a second save of the month inserts nothing). */
export const insertFiguresMonth = query(
  `INSERT INTO startup_figures (startup_id, month) VALUES ($1, $2)
ON CONFLICT (startup_id, month) DO NOTHING RETURNING id`,
  { id: 'uuid' },
);

export const cohortKept = query(`SELECT 1 AS found FROM cohorts WHERE id = $1 FOR SHARE`, {
  found: 'int4',
});

export const startupsOfFounderEmail = query(
  `SELECT DISTINCT c.startup_id AS "startupId" FROM startup_contacts c
JOIN startups s ON s.id = c.startup_id
WHERE lower(c.email) = lower($1) AND c.is_founder AND s.status = 'active'`,
  { startupId: 'uuid' },
);

export const foundersToLink = query(
  `SELECT id, startup_id AS "startupId", full_name AS "fullName", email FROM startup_contacts
WHERE startup_id = ANY($1) AND is_founder AND ($2::text IS NULL OR lower(email) = lower($2))
ORDER BY lower(full_name), id`,
  { id: 'uuid', startupId: 'uuid', fullName: 'text', email: 'text' },
);

/** The startups to send links for, chosen by id or by cohort (the caller's WHERE). */
export const startupsToLink = rows({
  id: 'uuid',
  name: 'text',
  status: 'text',
  languages: 'text[]',
});
