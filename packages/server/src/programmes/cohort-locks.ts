import type { EntityManager } from 'typeorm';
import { cohortNotFound } from './programme-errors';

export interface LockedCohort {
  id: string;
  name: string;
  capacity: number | null;
}

/**
 * Row locks, always taken in this order: cohort, then membership or pool entry, then mentor.
 * - `FOR NO KEY UPDATE` on the cohort: membership and pool changes of one cohort take turns (the
 *   capacity check needs that), without blocking inserts that merely reference the cohort.
 * - `FOR KEY SHARE` where a row must only stay in place (an assignment needs its membership and
 *   pool entry to exist until it commits; a removal's DELETE waits for it).
 */
export type RowLock = 'FOR UPDATE' | 'FOR NO KEY UPDATE' | 'FOR KEY SHARE';

export async function lockCohort(
  manager: EntityManager,
  id: string,
  lock: RowLock | null = 'FOR NO KEY UPDATE',
): Promise<LockedCohort> {
  const [row] = (await manager.query(
    `SELECT id, name, capacity FROM cohorts WHERE id = $1 ${lock ?? ''}`,
    [id],
  )) as LockedCohort[];
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
  const [{ taken }] = (await manager.query(
    `SELECT count(*)::int AS taken FROM cohort_startups
     WHERE cohort_id = $1 AND status = ANY($2::text[]) AND ($3::uuid IS NULL OR startup_id <> $3)`,
    [cohortId, [...PLACE_TAKING_STATUSES], exceptStartupId],
  )) as { taken: number }[];
  return taken;
}
