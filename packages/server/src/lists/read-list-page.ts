import type { CursorQuery, ListPage } from '@kohorte/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { keysetPage, type KeysetPageSql, type KeysetRow } from './keyset-page';
import type { ListCounts } from './list-counts';
import { type ListSql, pageOf } from './list-sql';
import type { PageAnchors, PageStart } from './page-anchors';

/** A list whose pages by number start from kept anchors (see `PageAnchors`). */
export interface AnchoredPaging {
  anchors: PageAnchors;
  /** `field:order` of the query's sort: anchors are kept per filter and sort. */
  sortId: string;
  /** Reads every `every`th row up to `reach` (see `pageAnchorsSql`). */
  anchorsSql: (every: number, reach: number) => ListSql;
}

// What says how a list is paged or ordered, not which rows it holds.
const NOT_FILTERS = new Set(['cursor', 'page', 'pageSize', 'sort', 'order']);

/** The filter of a list query as a key: the same rows match the same key. */
export function filterKeyOf(query: object): string {
  return JSON.stringify(
    Object.entries(query)
      .filter(([name, value]) => !NOT_FILTERS.has(name) && value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * Reads one page of a list in one statement: the count is part of it unless this filter was
 * counted in the last seconds (`ListCounts`). `build` makes the statement, given the count's SQL
 * and, for a page asked by number of an `anchored` list, where it starts.
 */
export async function readListPage<Row>(
  db: DataSource | EntityManager,
  counts: ListCounts,
  query: CursorQuery,
  build: (countSql: string | null, start?: PageStart) => KeysetPageSql,
  anchored?: AnchoredPaging,
): Promise<ListPage<Row>> {
  const key = filterKeyOf(query);
  const known = counts.get(key);
  let start: PageStart | undefined;
  if (anchored && query.cursor === undefined) {
    const { page, pageSize } = pageOf(query);
    start = await anchored.anchors.start(
      db,
      `${anchored.sortId} ${key}`,
      (page - 1) * pageSize,
      anchored.anchorsSql,
    );
  }
  const plan = build(known ? null : counts.countSql('matches'), start);
  const page = keysetPage(plan, (await db.query(plan.sql, plan.params)) as KeysetRow<Row>[]);
  const count = known ?? counts.remember(key, page.counted ?? 0);
  return {
    items: page.rows,
    total: count.total,
    totalExact: count.exact,
    page: page.page,
    pageSize: plan.pageSize,
    nextCursor: page.nextCursor,
    previousCursor: page.previousCursor,
  };
}
