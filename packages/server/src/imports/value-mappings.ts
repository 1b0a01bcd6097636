import type { EntityManager } from 'typeorm';
import type { RememberedValue } from './value-lookup';
import { rememberedValues } from './import-queries';

/** Every mapping managers chose for values the lists do not know. */
export async function loadRememberedValues(manager: EntityManager): Promise<RememberedValue[]> {
  return rememberedValues.all(manager);
}

/**
 * Remembers what values mean (`key`), or forgets it (`key` null: the rows that hold the value are
 * rejected again). `value` is normalised already.
 */
export async function saveRememberedValues(
  manager: EntityManager,
  entries: readonly { domain: string; value: string; key: string | null }[],
  actorId: string | null,
): Promise<void> {
  const remember = entries.filter((entry) => entry.key !== null);
  const forget = entries.filter((entry) => entry.key === null);
  if (remember.length > 0) {
    await manager.query(
      `INSERT INTO import_value_mappings (domain, value, key, updated_by)
       SELECT r.domain, r.value, r.key, $2::uuid
       FROM jsonb_to_recordset($1::jsonb) AS r(domain varchar, value varchar, key varchar)
       ON CONFLICT (domain, value) DO UPDATE SET key = EXCLUDED.key,
         updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [JSON.stringify(remember), actorId],
    );
  }
  if (forget.length > 0) {
    await manager.query(
      `DELETE FROM import_value_mappings AS m
       USING jsonb_to_recordset($1::jsonb) AS r(domain varchar, value varchar)
       WHERE m.domain = r.domain AND m.value = r.value`,
      [JSON.stringify(forget)],
    );
  }
}
