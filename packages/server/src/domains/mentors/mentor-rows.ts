import type { Mentee, Mentor, MentorInput, MentorStatus } from '@kohorte/contracts';
import { column, query, rows, rowSpec, type RowOf } from '../../infra/database/typed-query';
import { MENTOR_LOAD_SQL, MENTOR_OFFERED_SQL } from './mentor-list-query';

/** The fields a person edits, in one list: the service copies and compares exactly these. */
export const MENTOR_FIELDS = [
  'fullName',
  'email',
  'phone',
  'company',
  'jobTitle',
  'bio',
  'expertise',
  'sectors',
  'stages',
  'languages',
  'city',
  'capacity',
  'availableFrom',
  'availableUntil',
  'status',
  'tags',
] as const satisfies readonly (keyof MentorInput)[];

/**
 * A mentor as the API shows it, read with plain SQL over the unaliased `mentors` table: the load
 * and the open offers are counts over `mentorships` and `match_proposals`, which an entity cannot
 * carry. Dates come as text.
 */
export const MENTOR_COLUMNS_SQL = `id, full_name AS "fullName", email, phone, company, job_title AS "jobTitle", bio,
  expertise, sectors, stages, languages, city, capacity,
  available_from::text AS "availableFrom", available_until::text AS "availableUntil",
  status, tags, ${MENTOR_LOAD_SQL} AS load, ${MENTOR_OFFERED_SQL} AS offered,
  archived_at AS "archivedAt", created_at AS "createdAt", updated_at AS "updatedAt"`;

export const MENTOR_ROWS_SQL = `SELECT ${MENTOR_COLUMNS_SQL} FROM mentors WHERE id = ANY($1::uuid[])`;

const MENTOR_ROW = rowSpec({
  id: 'uuid',
  fullName: 'text',
  email: 'text',
  phone: 'text?',
  company: 'text?',
  jobTitle: 'text?',
  bio: 'text?',
  expertise: 'text[]',
  sectors: 'text[]',
  stages: 'text[]',
  languages: 'text[]',
  city: 'text?',
  capacity: 'int4',
  availableFrom: 'text?',
  availableUntil: 'text?',
  status: column('text').as<MentorStatus>(),
  tags: 'text[]',
  load: 'int4',
  offered: 'int4',
  archivedAt: 'timestamptz?',
  createdAt: 'timestamptz',
  updatedAt: 'timestamptz',
});

export type MentorRow = RowOf<typeof MENTOR_ROW>;

/** Mentors by id (`$1`, an array), in no particular order. */
export const mentorsByIds = query(MENTOR_ROWS_SQL, MENTOR_ROW);

/** The mentors of an export, filtered and ordered at run time (mentor-list-query.ts). */
export const mentorRows = rows(MENTOR_ROW);

export function rowToMentor(row: MentorRow): Mentor {
  return {
    ...row,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A mentor's mentorships, current ones first (newest first within each group). */
export const MENTEES_SQL = `SELECT ms.id AS "mentorshipId", s.id AS "startupId", s.name AS "startupName",
  c.id AS "cohortId", c.name AS "cohortName", ms.started_at AS "startedAt", ms.ended_at AS "endedAt"
FROM mentorships ms
JOIN startups s ON s.id = ms.startup_id
JOIN cohorts c ON c.id = ms.cohort_id
WHERE ms.mentor_id = $1
ORDER BY ms.ended_at IS NULL DESC, ms.ended_at DESC, ms.started_at DESC, ms.id`;

export const menteesOfMentor = query(MENTEES_SQL, {
  mentorshipId: 'uuid',
  startupId: 'uuid',
  startupName: 'text',
  cohortId: 'uuid',
  cohortName: 'text',
  startedAt: 'timestamptz',
  endedAt: 'timestamptz?',
});

export type MenteeRow = RowOf<typeof menteesOfMentor.spec>;

export function rowToMentee(row: MenteeRow): Mentee {
  return {
    mentorshipId: row.mentorshipId,
    startup: { id: row.startupId, name: row.startupName },
    cohort: { id: row.cohortId, name: row.cohortName },
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}

/** A list page's rows: the ids, read in full afterwards in the page's order. */
export const listedIds = rows({ id: 'uuid' });
