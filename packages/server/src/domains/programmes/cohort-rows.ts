import {
  type Cohort,
  type CohortStatus,
  MEMBERSHIP_STATUSES,
  type MembershipStatus,
} from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { column, query, type RowOf } from '../../infra/database/typed-query';
import { rowsInOrder } from '../records/index';

/** Cohorts with their programme, startups per membership status and pool size, by id. */
export const COHORT_ROWS_SQL = `SELECT c.id, c.name, c.programme_id AS "programmeId",
  p.name AS "programmeName", c.starts_on::text AS "startsOn", c.ends_on::text AS "endsOn",
  c.status, c.capacity, c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  COALESCE((
    SELECT jsonb_object_agg(per_status.status, per_status.n)
    FROM (SELECT cs.status, count(*)::int AS n FROM cohort_startups cs
          WHERE cs.cohort_id = c.id GROUP BY cs.status) per_status
  ), '{}'::jsonb) AS counts,
  (SELECT count(*)::int FROM cohort_mentors cm WHERE cm.cohort_id = c.id) AS "mentorCount"
FROM cohorts c JOIN programmes p ON p.id = c.programme_id
WHERE c.id = ANY($1::uuid[])`;

/** Cohorts by id (`$1`, an array), in no particular order. */
export const cohortsByIds = query(COHORT_ROWS_SQL, {
  id: 'uuid',
  name: 'text',
  programmeId: 'uuid',
  programmeName: 'text',
  startsOn: 'text',
  endsOn: 'text',
  status: column('text').as<CohortStatus>(),
  capacity: 'int4?',
  createdAt: 'timestamptz',
  updatedAt: 'timestamptz',
  counts: column('jsonb').as<Partial<Record<MembershipStatus, number>>>(),
  mentorCount: 'int4',
});

export type CohortRow = RowOf<typeof cohortsByIds.spec>;

export function rowToCohort(row: CohortRow): Cohort {
  const counts = Object.fromEntries(
    MEMBERSHIP_STATUSES.map((status) => [status, row.counts[status] ?? 0]),
  ) as Record<MembershipStatus, number>;
  return {
    id: row.id,
    programme: { id: row.programmeId, name: row.programmeName },
    name: row.name,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status,
    capacity: row.capacity,
    counts,
    mentorCount: row.mentorCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The cohorts with these ids, in the order of `ids`; ids that do not exist are left out. */
export function readCohorts(manager: EntityManager, ids: string[]): Promise<Cohort[]> {
  return rowsInOrder(manager, cohortsByIds, ids, rowToCohort);
}
