import type { ImportKind } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { type ExistingRecord, matchKey, normalizeName, type ParsedRow } from './row-verdicts';
import { RECORD_TABLES, selectList } from './record-tables';
import { openRows } from '../../infra/database/typed-query';

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
