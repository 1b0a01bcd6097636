import type { CohortStartup, MembershipStatus } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';

interface CohortStartupRow {
  id: string;
  name: string;
  stage: string | null;
  city: string | null;
  status: MembershipStatus;
  mentors: CohortStartup['mentors'];
  joinedAt: Date;
  updatedAt: Date;
}

/**
 * The startups of a cohort (or the ones among `startupIds`), by name, each with the mentors
 * working with it in this cohort now.
 */
export async function readCohortStartups(
  manager: EntityManager,
  cohortId: string,
  startupIds: string[] | null = null,
): Promise<CohortStartup[]> {
  const rows = (await manager.query(
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
    [cohortId, startupIds],
  )) as CohortStartupRow[];
  return rows.map((row) => ({
    startup: { id: row.id, name: row.name, stage: row.stage, city: row.city },
    status: row.status,
    mentors: row.mentors,
    joinedAt: row.joinedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}
