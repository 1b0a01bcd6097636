import type { ImportKind } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import {
  type ExistingRecord,
  matchKey,
  normalizeName,
  type ParsedRow,
  type RowPlan,
} from './row-verdicts';
import { RECORD_TABLES, recordsetColumns, selectList } from './record-tables';
import { openRows } from '../database/typed-query';

/** A record table's rows: the id, and the import's columns of that table (unknown until checked). */
const existingRecords = openRows({ id: 'uuid' });

/** The records a file's rows can match, by key (and startups also by name alone). */
export interface ExistingRecords {
  byKey: Map<string, ExistingRecord>;
  byName: Map<string, ExistingRecord[]>;
}

/**
 * Reads the records that the parsed rows may update, in one statement. With `lock`, the rows are
 * locked until the caller's transaction ends, so nobody changes them between check and write.
 */
export async function loadExisting(
  manager: EntityManager,
  kind: ImportKind,
  parsed: readonly ParsedRow[],
  lock: boolean,
): Promise<ExistingRecords> {
  const table = RECORD_TABLES[kind];
  const byKey = new Map<string, ExistingRecord>();
  const byName = new Map<string, ExistingRecord[]>();
  const forUpdate = lock ? 'FOR UPDATE' : '';
  let rows: Awaited<ReturnType<typeof existingRecords.all>>;
  if (kind === 'startups') {
    const names = [
      ...new Set(parsed.flatMap((r) => (typeof r.values.name === 'string' ? [r.values.name] : []))),
    ].map(normalizeName);
    if (names.length === 0) return { byKey, byName };
    rows = await existingRecords.all(
      manager,
      `SELECT id, ${selectList(table)} FROM startups
       WHERE lower(regexp_replace(btrim(name), '\\s+', ' ', 'g')) = ANY($1::text[])
       ORDER BY created_at, id ${forUpdate}`,
      [names],
    );
  } else {
    const emails = [
      ...new Set(
        parsed.flatMap((r) =>
          typeof r.values.email === 'string' ? [r.values.email.toLowerCase()] : [],
        ),
      ),
    ];
    if (emails.length === 0) return { byKey, byName };
    rows = await existingRecords.all(
      manager,
      `SELECT id, ${selectList(table)} FROM ${table.table}
       WHERE lower(email) = ANY($1::text[]) ${forUpdate}`,
      [emails],
    );
  }
  for (const { id, ...values } of rows) {
    const record = { id, values };
    const key = matchKey(kind, values)!;
    // The oldest wins when two startups share a name and website.
    if (!byKey.has(key)) byKey.set(key, record);
    if (kind === 'startups') {
      const name = normalizeName(String(values.name));
      byName.set(name, [...(byName.get(name) ?? []), record]);
    }
  }
  return { byKey, byName };
}

/** A plan's record as the recordset's JSON: column names, the fields left out as null. */
function toRecordsetRow(kind: ImportKind, plan: RowPlan): Record<string, unknown> {
  const row: Record<string, unknown> = { id: plan.id };
  for (const { field, column } of RECORD_TABLES[kind].columns) {
    row[column] = plan.record[field] ?? null;
  }
  return row;
}

/** Inserts the plans' records in one statement (one JSON parameter, however many rows). */
export async function insertRecords(
  manager: EntityManager,
  kind: ImportKind,
  plans: readonly RowPlan[],
  actorId: string | null,
): Promise<void> {
  if (plans.length === 0) return;
  const table = RECORD_TABLES[kind];
  const columns = table.columns.map((c) => `"${c.column}"`);
  // Startups also say who created them; their score is computed later by the stale-score sweep.
  const extra = kind === 'startups' ? ['created_by', 'updated_by'] : [];
  const extraValues = kind === 'startups' ? ['$2::uuid', '$2::uuid'] : [];
  await manager.query(
    `INSERT INTO ${table.table} (id, ${[...columns, ...extra].join(', ')})
     SELECT r.id, ${[...columns.map((c) => `r.${c}`), ...extraValues].join(', ')}
     FROM jsonb_to_recordset($1::jsonb) AS r(${recordsetColumns(table, ['id uuid'])})`,
    kind === 'startups'
      ? [JSON.stringify(plans.map((p) => toRecordsetRow(kind, p))), actorId]
      : [JSON.stringify(plans.map((p) => toRecordsetRow(kind, p)))],
  );
}

/** Writes the plans' records over the matched ones in one statement. */
export async function updateRecords(
  manager: EntityManager,
  kind: ImportKind,
  plans: readonly RowPlan[],
  actorId: string | null,
): Promise<void> {
  if (plans.length === 0) return;
  const table = RECORD_TABLES[kind];
  const sets = table.columns.map((c) => `"${c.column}" = r."${c.column}"`);
  sets.push('updated_at = now()');
  // A startup's revision counts profile edits: the sweep re-scores the ones it moved past.
  if (kind === 'startups') sets.push('revision = t.revision + 1', 'updated_by = $2::uuid');
  await manager.query(
    `UPDATE ${table.table} AS t SET ${sets.join(', ')}
     FROM jsonb_to_recordset($1::jsonb) AS r(${recordsetColumns(table, ['id uuid'])})
     WHERE t.id = r.id`,
    kind === 'startups'
      ? [JSON.stringify(plans.map((p) => toRecordsetRow(kind, p))), actorId]
      : [JSON.stringify(plans.map((p) => toRecordsetRow(kind, p)))],
  );
}
