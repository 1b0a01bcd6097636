import type { CohortStartup } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { cohortStartups } from './programme-queries';

/**
 * The startups of a cohort (or the ones among `startupIds`), by name, each with the mentors
 * working with it in this cohort now.
 */
export async function readCohortStartups(
  manager: EntityManager,
  cohortId: string,
  startupIds: string[] | null = null,
): Promise<CohortStartup[]> {
  const rows = await cohortStartups.all(manager, [cohortId, startupIds]);
  return rows.map((row) => ({
    startup: { id: row.id, name: row.name, stage: row.stage, city: row.city },
    status: row.status,
    mentors: row.mentors,
    joinedAt: row.joinedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}
