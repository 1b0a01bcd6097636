import type { FieldChange, SubjectType } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import type { TimelineRecorder, NewTimelineEntry } from '../timeline/index';
import { statement } from '../../infra/database/typed-query';

/** A column a record write sets: the contract's field, the table's column, its SQL type. */
export interface RecordColumn {
  field: string;
  column: string;
  sqlType: 'varchar' | 'text' | 'text[]' | 'date' | 'integer' | 'smallint' | 'bigint';
}

/** A record table as its writes see it: startups, mentors or investors. */
export interface RecordTable {
  table: string;
  subjectType: SubjectType;
  /** The fields staff edit (and an import maps), each with its column. */
  columns: readonly RecordColumn[];
  /**
   * Startups: a `revision` that counts profile edits (it keys the score job), and who created and
   * last changed the record (`created_by`, `updated_by`).
   */
  revisioned: boolean;
}

export function recordColumn(
  field: string,
  name: string,
  sqlType: RecordColumn['sqlType'],
): RecordColumn {
  return { field, column: name, sqlType };
}

type Note<A> = A extends unknown
  ? Omit<A, 'subjectType' | 'subjectId' | 'actorId' | 'changes'>
  : never;

/** What the timeline says of one write; the subject, the actor and the field changes are the writer's. */
export type TimelineNote = Note<NewTimelineEntry>;

/**
 * One record to write: every field of the table's columns (a missing one is written as null) and
 * its timeline entry. An update lists the fields it changes for the timeline.
 */
export type RecordWrite = {
  id: string;
  values: Readonly<Record<string, unknown>>;
  note: TimelineNote;
} & ({ action: 'create' } | { action: 'update'; changes: FieldChange[] | null });

/** The column list of `jsonb_to_recordset(...) AS r(...)` for the given extra and table columns. */
export function recordsetColumns(table: RecordTable, extra: readonly string[] = []): string {
  return [...extra, ...table.columns.map(({ column, sqlType }) => `"${column}" ${sqlType}`)].join(
    ', ',
  );
}

/** A record as the recordset's JSON: column names, the fields left out as null. */
function recordsetRow(table: RecordTable, write: RecordWrite): Record<string, unknown> {
  const row: Record<string, unknown> = { id: write.id };
  for (const { field, column } of table.columns) row[column] = write.values[field] ?? null;
  return row;
}

function recordset(table: RecordTable, writes: readonly RecordWrite[], actorId: string | null) {
  const json = JSON.stringify(writes.map((write) => recordsetRow(table, write)));
  return table.revisioned ? [json, actorId] : [json];
}

/** Inserts records in one statement (one JSON parameter, however many rows). */
async function insertRecords(
  manager: EntityManager,
  table: RecordTable,
  writes: readonly RecordWrite[],
  actorId: string | null,
): Promise<void> {
  if (writes.length === 0) return;
  const columns = table.columns.map((c) => `"${c.column}"`);
  // The revision and status of a new record are the table's defaults (1, active).
  const extra = table.revisioned ? ['created_by', 'updated_by'] : [];
  const extraValues = table.revisioned ? ['$2::uuid', '$2::uuid'] : [];
  await statement.run(
    manager,
    `INSERT INTO ${table.table} (id, ${[...columns, ...extra].join(', ')})
     SELECT r.id, ${[...columns.map((c) => `r.${c}`), ...extraValues].join(', ')}
     FROM jsonb_to_recordset($1::jsonb) AS r(${recordsetColumns(table, ['id uuid'])})`,
    recordset(table, writes, actorId),
  );
}

/** Writes records over the existing ones in one statement. */
async function updateRecords(
  manager: EntityManager,
  table: RecordTable,
  writes: readonly RecordWrite[],
  actorId: string | null,
): Promise<void> {
  if (writes.length === 0) return;
  const sets = table.columns.map((c) => `"${c.column}" = r."${c.column}"`);
  sets.push('updated_at = now()');
  // A startup's revision counts profile edits: a new one is scored again.
  if (table.revisioned) sets.push('revision = t.revision + 1', 'updated_by = $2::uuid');
  await statement.run(
    manager,
    `UPDATE ${table.table} AS t SET ${sets.join(', ')}
     FROM jsonb_to_recordset($1::jsonb) AS r(${recordsetColumns(table, ['id uuid'])})
     WHERE t.id = r.id`,
    recordset(table, writes, actorId),
  );
}

/**
 * What happens when records of a table are created or changed, for one record (the API) or
 * thousands (an import), in the caller's transaction: the rows are written in one statement per
 * action (a startup's revision bumped, who changed it noted), and each write goes on its record's
 * timeline, in the order given, an update with its field changes.
 */
export async function writeRecords(
  manager: EntityManager,
  activity: TimelineRecorder,
  table: RecordTable,
  writes: readonly RecordWrite[],
  actorId: string | null,
): Promise<void> {
  await insertRecords(
    manager,
    table,
    writes.filter((write) => write.action === 'create'),
    actorId,
  );
  await updateRecords(
    manager,
    table,
    writes.filter((write) => write.action === 'update'),
    actorId,
  );
  await activity.record(
    manager,
    ...writes.map(
      (write) =>
        ({
          subjectType: table.subjectType,
          subjectId: write.id,
          actorId,
          ...(write.action === 'update' ? { changes: write.changes } : {}),
          ...write.note,
        }) as NewTimelineEntry,
    ),
  );
}
