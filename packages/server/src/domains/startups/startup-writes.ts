import type { EntityManager } from 'typeorm';
import type { TimelineRecorder } from '../timeline/index';
import {
  recordColumn as column,
  type RecordTable,
  type RecordWrite,
  writeRecords,
} from '../records/index';

/** The startup profile's fields (`EDITABLE_FIELDS`) and their columns. */
export const STARTUP_TABLE: RecordTable = {
  table: 'startups',
  subjectType: 'startup',
  revisioned: true,
  columns: [
    column('name', 'name', 'varchar'),
    column('oneLiner', 'one_liner', 'varchar'),
    column('description', 'description', 'text'),
    column('website', 'website', 'varchar'),
    column('foundedOn', 'founded_on', 'date'),
    column('stage', 'stage', 'varchar'),
    column('sectors', 'sectors', 'text[]'),
    column('teamSize', 'team_size', 'integer'),
    column('city', 'city', 'varchar'),
    column('fundingRaisedEur', 'funding_raised_eur', 'bigint'),
    column('fundingSoughtEur', 'funding_sought_eur', 'bigint'),
    column('languages', 'languages', 'text[]'),
    column('topics', 'topics', 'text[]'),
    column('tags', 'tags', 'text[]'),
  ],
};

/**
 * What happens when startups are created or their profiles change, one (the API) or thousands
 * (an import), in the caller's transaction: a change bumps the revision and notes who made it,
 * and each goes on the startup's timeline with its field changes. The revision's score job is
 * queued after the commit (`StartupsService`, or the stale-score sweep after an import).
 */
export function writeStartups(
  manager: EntityManager,
  activity: TimelineRecorder,
  writes: readonly RecordWrite[],
  actorId: string | null,
): Promise<void> {
  return writeRecords(manager, activity, STARTUP_TABLE, writes, actorId);
}
