import type { EntityManager } from 'typeorm';
import type { TimelineRecorder } from '../timeline/index';
import {
  recordColumn as column,
  type RecordTable,
  type RecordWrite,
  writeRecords,
} from '../records/index';

/** A mentor's fields (`MENTOR_FIELDS`) and their columns. */
export const MENTOR_TABLE: RecordTable = {
  table: 'mentors',
  subjectType: 'mentor',
  revisioned: false,
  columns: [
    column('fullName', 'full_name', 'varchar'),
    column('email', 'email', 'varchar'),
    column('phone', 'phone', 'varchar'),
    column('company', 'company', 'varchar'),
    column('jobTitle', 'job_title', 'varchar'),
    column('bio', 'bio', 'text'),
    column('expertise', 'expertise', 'text[]'),
    column('sectors', 'sectors', 'text[]'),
    column('stages', 'stages', 'text[]'),
    column('languages', 'languages', 'text[]'),
    column('city', 'city', 'varchar'),
    column('capacity', 'capacity', 'smallint'),
    column('availableFrom', 'available_from', 'date'),
    column('availableUntil', 'available_until', 'date'),
    column('status', 'status', 'varchar'),
    column('tags', 'tags', 'text[]'),
  ],
};

/**
 * What happens when mentors are created or changed, one (the API) or thousands (an import), in
 * the caller's transaction: the rows are written and each goes on the mentor's timeline.
 */
export function writeMentors(
  manager: EntityManager,
  activity: TimelineRecorder,
  writes: readonly RecordWrite[],
  actorId: string | null,
): Promise<void> {
  return writeRecords(manager, activity, MENTOR_TABLE, writes, actorId);
}
