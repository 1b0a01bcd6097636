import type { EntityManager } from 'typeorm';
import type { Query, RowOf, RowSpec } from '../../infra/database/typed-query';

/**
 * The rows that `byIds` reads for `ids` (its `$1`), mapped and in the order of `ids`. A row deleted
 * since the ids were read is left out rather than failing the page.
 */
export async function rowsInOrder<S extends RowSpec & { id: 'uuid' }, T>(
  manager: EntityManager,
  byIds: Query<S>,
  ids: string[],
  toItem: (row: RowOf<S>) => T,
): Promise<T[]> {
  if (ids.length === 0) return [];
  const rows = await byIds.all(manager, [ids]);
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toItem(row)] : [];
  });
}
