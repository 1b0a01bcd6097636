import { query } from '../../infra/database/typed-query';

export const memberStartupKept = query(
  `SELECT s.name FROM cohort_startups cs JOIN startups s ON s.id = cs.startup_id
         WHERE cs.cohort_id = $1 AND cs.startup_id = $2 FOR KEY SHARE OF cs`,
  { name: 'text' },
);

export const poolMentorKept = query(
  `SELECT 1 AS found FROM cohort_mentors WHERE cohort_id = $1 AND mentor_id = $2 FOR KEY SHARE`,
  { found: 'int4' },
);

export const lockedMentorCapacity = query(
  `SELECT full_name AS name, capacity FROM mentors WHERE id = $1 FOR UPDATE`,
  { name: 'text', capacity: 'int4' },
);

export const mentorLoad = query(
  `SELECT count(*)::int AS load,
           count(*) FILTER (WHERE cohort_id = $2 AND startup_id = $3)::int AS here
         FROM mentorships WHERE mentor_id = $1 AND ended_at IS NULL`,
  { load: 'int4', here: 'int4' },
);

export const insertManualMentorship = query(
  `INSERT INTO mentorships (cohort_id, startup_id, mentor_id, source)
         VALUES ($1, $2, $3, 'manual') RETURNING id`,
  { id: 'uuid' },
);

/** Ends the live mentorships that match (a null startup or mentor matches any), with their names for the timeline. */
export const endLiveMentorships = query(
  `WITH ended AS (
         UPDATE mentorships SET ended_at = now()
         WHERE cohort_id = $1 AND ($2::uuid IS NULL OR startup_id = $2)
           AND ($3::uuid IS NULL OR mentor_id = $3) AND ended_at IS NULL
         RETURNING id, cohort_id, startup_id, mentor_id
       )
       SELECT e.id AS "mentorshipId", e.cohort_id AS "cohortId", c.name AS "cohortName",
         e.startup_id AS "startupId", s.name AS "startupName",
         e.mentor_id AS "mentorId", m.full_name AS "mentorName"
       FROM ended e JOIN cohorts c ON c.id = e.cohort_id JOIN startups s ON s.id = e.startup_id
       JOIN mentors m ON m.id = e.mentor_id`,
  {
    mentorshipId: 'uuid',
    cohortId: 'uuid',
    cohortName: 'text',
    startupId: 'uuid',
    startupName: 'text',
    mentorId: 'uuid',
    mentorName: 'text',
  },
);
