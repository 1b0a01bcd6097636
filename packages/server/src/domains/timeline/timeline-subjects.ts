import type { SubjectType } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { rows } from '../../infra/database/typed-query';

// The table of each subject type: a fixed map, so that no request text ever becomes an identifier.
const SUBJECT_TABLES: Record<SubjectType, string> = {
  startup: 'startups',
  mentor: 'mentors',
  investor: 'investors',
  cohort: 'cohorts',
  programme: 'programmes',
  application: 'applications',
  reviewer: 'call_reviewers',
};

/** A row's existence (the table is the subject's, chosen at run time). */
const found = rows({ found: 'int4' });

/**
 * Whether the record a timeline belongs to exists. With `lock`, the row is share-locked until the
 * transaction ends, so that an erasure running at the same moment cannot leave an orphan entry.
 */
export async function subjectExists(
  manager: EntityManager,
  subjectType: SubjectType,
  subjectId: string,
  lock = false,
): Promise<boolean> {
  const rows = await found.all(
    manager,
    `SELECT 1 AS found FROM ${SUBJECT_TABLES[subjectType]} WHERE id = $1${lock ? ' FOR SHARE' : ''}`,
    [subjectId],
  );
  return rows.length > 0;
}
