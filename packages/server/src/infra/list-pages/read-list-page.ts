import type { CursorQuery, ListPage } from '@kohorte/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { type RowOf, Rows, type RowSpec } from '../database/typed-query';
import { keysetPage, type KeysetPageSql } from './keyset-page';
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

/** What the page statement adds to a list's columns (`keysetPageSql`). */
const PAGE_COLUMNS = {
  /** Null on the one row of an empty page, which carries the count. */
  id: 'uuid?',
  sort_key: 'text?',
  total: 'int4?',
} as const;

/**
 * Reads one page of a list in one statement, its rows typed by `listRows`: the count is part of it
 * unless this filter was counted in the last seconds (`ListCounts`). `build` makes the statement,
 * given the count's SQL and, for a page asked by number of an `anchored` list, where it starts.
 */
export async function readListPage<S extends RowSpec>(
  db: DataSource | EntityManager,
  counts: ListCounts,
  query: CursorQuery,
  listRows: Rows<S>,
  build: (countSql: string | null, start?: PageStart) => KeysetPageSql,
  anchored?: AnchoredPaging,
): Promise<ListPage<RowOf<S>>> {
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
  // The list's columns (`listRows`, checked by the list's specs) beside the page's own.
  const pageRows = new Rows<typeof PAGE_COLUMNS, RowOf<S>>(PAGE_COLUMNS);
  const page = keysetPage(plan, await pageRows.all(db, plan.sql, plan.params));
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
