import type { EntityManager } from 'typeorm';
import { query, rowSpec, type Query, type RowOf } from '../../infra/database/typed-query';
import { cohortNotFound } from './programme-errors';
import { placesTakenInCohort } from './programme-queries';

/**
 * Row locks, always taken in this order: cohort, then membership or pool entry, then mentor.
 * - `FOR NO KEY UPDATE` on the cohort: membership and pool changes of one cohort take turns (the
 *   capacity check needs that), without blocking inserts that merely reference the cohort.
 * - `FOR KEY SHARE` where a row must only stay in place (an assignment needs its membership and
 *   pool entry to exist until it commits; a removal's DELETE waits for it).
 */
export type RowLock = 'FOR UPDATE' | 'FOR NO KEY UPDATE' | 'FOR KEY SHARE';

const LOCKED_COHORT = rowSpec({ id: 'uuid', name: 'text', capacity: 'int4?' });

export type LockedCohort = RowOf<typeof LOCKED_COHORT>;

const COHORT_BY_ID = `SELECT id, name, capacity FROM cohorts WHERE id = $1 `;

const cohortWith: Record<RowLock | 'no lock', Query<typeof LOCKED_COHORT>> = {
  'no lock': query(COHORT_BY_ID, LOCKED_COHORT),
  'FOR UPDATE': query(`${COHORT_BY_ID}FOR UPDATE`, LOCKED_COHORT),
  'FOR NO KEY UPDATE': query(`${COHORT_BY_ID}FOR NO KEY UPDATE`, LOCKED_COHORT),
  'FOR KEY SHARE': query(`${COHORT_BY_ID}FOR KEY SHARE`, LOCKED_COHORT),
};

export async function lockCohort(
  manager: EntityManager,
  id: string,
  lock: RowLock | null = 'FOR NO KEY UPDATE',
): Promise<LockedCohort> {
  const [row] = await cohortWith[lock ?? 'no lock'].all(manager, [id]);
  if (!row) throw cohortNotFound(id);
  return row;
}

/** Accepted and active startups take a place; applicants, alumni and dropped ones do not. */
export const PLACE_TAKING_STATUSES = ['accepted', 'active'] as const;

export function takesPlace(status: string | null): boolean {
  return (PLACE_TAKING_STATUSES as readonly (string | null)[]).includes(status);
}

/** Startups of the cohort that take a place, except `exceptStartupId` (the one being moved). */
export async function placesTaken(
  manager: EntityManager,
  cohortId: string,
  exceptStartupId: string | null = null,
): Promise<number> {
  const { taken } = await placesTakenInCohort.one(manager, [
    cohortId,
    [...PLACE_TAKING_STATUSES],
    exceptStartupId,
  ]);
  return taken;
}
