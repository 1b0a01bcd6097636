import type { CohortStartup, MembershipStatus } from '@kohorte/contracts';
import { column, query, rows, rowSpec, type RowOf } from '../../infra/database/typed-query';

export const PROGRAMME_COLUMNS = `p.id, p.name, p.description,
  (SELECT count(*)::int FROM cohorts c WHERE c.programme_id = p.id) AS "cohortCount",
  p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

const PROGRAMME_ROW = rowSpec({
  id: 'uuid',
  name: 'text',
  description: 'text?',
  cohortCount: 'int4',
  createdAt: 'timestamptz',
  updatedAt: 'timestamptz',
});

export type ProgrammeRow = RowOf<typeof PROGRAMME_ROW>;

/** The programme list's count and page, filtered at run time by the search words. */
export const programmeCount = rows({ total: 'int4' });
export const programmeRows = rows(PROGRAMME_ROW);

/** The cohort list's page: the total and the page's ids, in order (cohort-list-query.ts). */
export const cohortPage = rows({ total: 'int4', ids: 'uuid[]' });

export const placesTakenInCohort = query(
  `SELECT count(*)::int AS taken FROM cohort_startups
     WHERE cohort_id = $1 AND status = ANY($2::text[]) AND ($3::uuid IS NULL OR startup_id <> $3)`,
  { taken: 'int4' },
);

/** Pool mentors by name, with their live mentorships and open offers over all cohorts. */
export const poolMentors = query(
  `SELECT m.id, m.full_name AS "fullName", m.expertise, m.capacity, m.city,
       (SELECT count(*)::int FROM mentorships ms WHERE ms.mentor_id = m.id AND ms.ended_at IS NULL) AS load,
       (SELECT count(*)::int FROM match_proposals p WHERE p.mentor_id = m.id AND p.status = 'offered') AS offered,
       cm.created_at AS "addedAt"
     FROM cohort_mentors cm JOIN mentors m ON m.id = cm.mentor_id
     WHERE cm.cohort_id = $1 AND ($2::uuid[] IS NULL OR cm.mentor_id = ANY($2::uuid[]))
     ORDER BY lower(m.full_name), m.id`,
  {
    id: 'uuid',
    fullName: 'text',
    expertise: 'text[]',
    capacity: 'int4',
    city: 'text?',
    load: 'int4',
    offered: 'int4',
    addedAt: 'timestamptz',
  },
);

export const mentorsToPool = query(
  `SELECT m.id, m.full_name AS name, m.archived_at IS NOT NULL AS archived,
           cm.mentor_id IS NOT NULL AS "inPool"
         FROM mentors m LEFT JOIN cohort_mentors cm ON cm.mentor_id = m.id AND cm.cohort_id = $2
         WHERE m.id = ANY($1::uuid[]) FOR KEY SHARE OF m`,
  { id: 'uuid', name: 'text', archived: 'bool', inPool: 'bool' },
);

export const removePoolMentor = query(
  `WITH removed AS (
           DELETE FROM cohort_mentors WHERE cohort_id = $1 AND mentor_id = $2 RETURNING mentor_id
         )
         SELECT m.id, m.full_name AS name FROM removed r JOIN mentors m ON m.id = r.mentor_id`,
  { id: 'uuid', name: 'text' },
);

/** The startups of a cohort (or the ones among `startupIds`), by name, each with the mentors working with it in this cohort now. */
export const cohortStartups = query(
  `SELECT s.id, s.name, s.stage, s.city, cs.status,
       COALESCE((
         SELECT jsonb_agg(jsonb_build_object('id', m.id, 'fullName', m.full_name, 'mentorshipId', ms.id)
                          ORDER BY lower(m.full_name), m.id)
         FROM mentorships ms JOIN mentors m ON m.id = ms.mentor_id
         WHERE ms.cohort_id = cs.cohort_id AND ms.startup_id = cs.startup_id AND ms.ended_at IS NULL
       ), '[]'::jsonb) AS mentors,
       cs.created_at AS "joinedAt", cs.updated_at AS "updatedAt"
     FROM cohort_startups cs JOIN startups s ON s.id = cs.startup_id
     WHERE cs.cohort_id = $1 AND ($2::uuid[] IS NULL OR cs.startup_id = ANY($2::uuid[]))
     ORDER BY lower(s.name), s.id`,
  {
    id: 'uuid',
    name: 'text',
    stage: 'text?',
    city: 'text?',
    status: column('text').as<MembershipStatus>(),
    mentors: column('jsonb').as<CohortStartup['mentors']>(),
    joinedAt: 'timestamptz',
    updatedAt: 'timestamptz',
  },
);

export const startupsToAdd = query(
  `SELECT s.id, s.name, s.status, cs.status AS membership
         FROM startups s LEFT JOIN cohort_startups cs ON cs.startup_id = s.id AND cs.cohort_id = $2
         WHERE s.id = ANY($1::uuid[]) FOR KEY SHARE OF s`,
  { id: 'uuid', name: 'text', status: 'text', membership: 'text?' },
);

export const insertMembers = query(
  `INSERT INTO cohort_startups (cohort_id, startup_id, status)
       SELECT $1, id, $3 FROM unnest($2::uuid[]) AS id
       ON CONFLICT (cohort_id, startup_id) DO NOTHING
       RETURNING startup_id AS "startupId"`,
  { startupId: 'uuid' },
);

export const programmeKeptForCohort = query(
  `SELECT id, name FROM programmes WHERE id = $1 FOR KEY SHARE`,
  { id: 'uuid', name: 'text' },
);

export const membersOfCohort = query(
  `SELECT cs.startup_id AS id, s.name, cs.status FROM cohort_startups cs
         JOIN startups s ON s.id = cs.startup_id WHERE cs.cohort_id = $1`,
  { id: 'uuid', name: 'text', status: 'text' },
);

export const poolOfCohort = query(
  `SELECT cm.mentor_id AS id, m.full_name AS name FROM cohort_mentors cm
         JOIN mentors m ON m.id = cm.mentor_id WHERE cm.cohort_id = $1`,
  { id: 'uuid', name: 'text' },
);

export const lockedProgramme = query(`SELECT id FROM programmes WHERE id = $1 FOR UPDATE`, {
  id: 'uuid',
});

export const cohortCountOfProgramme = query(
  `SELECT count(*)::int AS n FROM cohorts WHERE programme_id = $1`,
  { n: 'int4' },
);

export const programmeById = query(
  `SELECT ${PROGRAMME_COLUMNS} FROM programmes p WHERE p.id = $1`,
  PROGRAMME_ROW,
);

const MEMBER_ROW = rowSpec({
  startupId: 'uuid',
  startupName: 'text',
  status: column('text').as<MembershipStatus>(),
});

const MEMBER_BY_IDS = `SELECT cs.startup_id AS "startupId", s.name AS "startupName", cs.status
       FROM cohort_startups cs JOIN startups s ON s.id = cs.startup_id
       WHERE cs.cohort_id = $1 AND cs.startup_id = $2`;

/** A cohort's member, locked to change it (NO KEY UPDATE) or to remove it (UPDATE). */
export const memberWith = {
  'FOR UPDATE': query(`${MEMBER_BY_IDS} FOR UPDATE OF cs`, MEMBER_ROW),
  'FOR NO KEY UPDATE': query(`${MEMBER_BY_IDS} FOR NO KEY UPDATE OF cs`, MEMBER_ROW),
};

export const addPoolMentors = query(
  `INSERT INTO cohort_mentors (cohort_id, mentor_id) SELECT $1, id FROM unnest($2::uuid[]) AS id`,
  {},
);

export const addCohortStartups = query(
  `INSERT INTO cohort_startups (cohort_id, startup_id, status)
         SELECT $1, id, $3 FROM unnest($2::uuid[]) AS id`,
  {},
);

export const setCohortStartupStatus = query(
  `UPDATE cohort_startups SET status = $3, updated_at = now()
           WHERE cohort_id = $1 AND startup_id = $2`,
  {},
);

export const removeCohortStartup = query(
  `DELETE FROM cohort_startups WHERE cohort_id = $1 AND startup_id = $2`,
  {},
);
