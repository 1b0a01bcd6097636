import type { EntityManager } from 'typeorm';

/**
 * The rows that `sql` reads for `ids` (its `$1`), mapped and in the order of `ids`. A row deleted
 * since the ids were read is left out rather than failing the page.
 */
export async function rowsInOrder<Row extends { id: string }, T>(
  manager: EntityManager,
  sql: string,
  ids: string[],
  toItem: (row: Row) => T,
): Promise<T[]> {
  if (ids.length === 0) return [];
  const rows = (await manager.query(sql, [ids])) as Row[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toItem(row)] : [];
  });
}
