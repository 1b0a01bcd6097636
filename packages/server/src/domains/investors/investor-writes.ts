import type { EntityManager } from 'typeorm';
import type { TimelineRecorder } from '../timeline/index';
import {
  recordColumn as column,
  type RecordTable,
  type RecordWrite,
  writeRecords,
} from '../records/index';

/** An investor's fields (`INVESTOR_FIELDS`) and their columns. */
export const INVESTOR_TABLE: RecordTable = {
  table: 'investors',
  subjectType: 'investor',
  revisioned: false,
  columns: [
    column('name', 'name', 'varchar'),
    column('contactName', 'contact_name', 'varchar'),
    column('email', 'email', 'varchar'),
    column('type', 'type', 'varchar'),
    column('sectors', 'sectors', 'text[]'),
    column('stages', 'stages', 'text[]'),
    column('ticketMinEur', 'ticket_min_eur', 'bigint'),
    column('ticketMaxEur', 'ticket_max_eur', 'bigint'),
    column('regions', 'regions', 'text[]'),
    column('introsPerRound', 'intros_per_round', 'smallint'),
    column('status', 'status', 'varchar'),
    column('locale', 'locale', 'varchar'),
    column('tags', 'tags', 'text[]'),
  ],
};

/**
 * What happens when investors are created or changed, one (the API) or thousands (an import), in
 * the caller's transaction: the rows are written and each goes on the investor's timeline.
 */
export function writeInvestors(
  manager: EntityManager,
  activity: TimelineRecorder,
  writes: readonly RecordWrite[],
  actorId: string | null,
): Promise<void> {
  return writeRecords(manager, activity, INVESTOR_TABLE, writes, actorId);
}
