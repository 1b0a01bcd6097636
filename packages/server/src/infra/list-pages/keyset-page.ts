import type { CursorQuery } from '@kohorte/contracts';
import { decodeCursor, encodeCursor, type CursorPosition } from './list-cursor';
import {
  listOrder,
  type ListSql,
  pageOf,
  type SortColumn,
  type SqlParams,
  type TableList,
} from './list-sql';
import type { PageStart } from './page-anchors';

/** A list as the page statement reads it: its matches, its sort, and what each row carries. */
export interface KeysetList {
  /** `WITH matches AS … (…)`; its values are in `params` already. */
  cte: string;
  /** The FROM of the page: `matches` (aliased as the columns expect) and any join the sort needs. */
  from: string;
  /** The columns of each row of the page. */
  columns: string;
  /** The tie-breaker, as the page's FROM names it. */
  idExpression: string;
  sort: SortColumn;
  /** `field:order` of the requested sort: cursors carry it. */
  sortId: string;
  descending: boolean;
  params: SqlParams;
}

/** The statement for one page and what is needed to read its answer. */
export interface KeysetPageSql {
  sql: string;
  params: unknown[];
  pageSize: number;
  /** The page's number: the requested one, or the one the cursor leads to. */
  page: number;
  /** Whether the rows come in reverse (a page before a cursor is read backwards from it). */
  backwards: boolean;
  sortId: string;
}

/** A page row: the list's columns, the sort key as text, and the count (null when not counted). */
export type KeysetRow<Row> = Row & {
  id: string | null;
  sort_key: string | null;
  total: number | null;
};

/** The rows of a page with the cursors to its neighbours. */
export interface KeysetPage<Row> {
  rows: Row[];
  /** The capped count (see `ListCounts.countSql`) when it was asked for. */
  counted: number | null;
  page: number;
  nextCursor: string | null;
  previousCursor: string | null;
}

// The position is among the empty values, which come last in either order; otherwise a row
// comparison, which a B-tree on (sort key, id) serves directly.
function keysetCondition(list: KeysetList, position: CursorPosition): string {
  const { sort, idExpression: id, params } = list;
  const forward = position.side === 'after';
  const cmp = forward !== list.descending ? '>' : '<';
  const idValue = `${params.add(position.id)}::uuid`;
  if (position.key === null) {
    return forward
      ? `(${sort.expression} IS NULL AND ${id} ${cmp} ${idValue})`
      : `(${sort.expression} IS NOT NULL OR ${id} ${cmp} ${idValue})`;
  }
  const row = `(${sort.expression}, ${id}) ${cmp} (${params.add(position.key)}::${sort.type}, ${idValue})`;
  return sort.nullable && forward ? `(${row} OR ${sort.expression} IS NULL)` : row;
}

/**
 * One statement for a page: by cursor (a keyset condition, as fast at any depth) or by page number
 * (OFFSET, for deep links: from `start`'s anchor when one is given, see `PageAnchors`), one row
 * more than the page to know whether another follows, and the count when `countSql` is given
 * (null otherwise, when a recent count is known). The page is joined to a one-row count so that
 * an empty page still answers with the count.
 */
export function keysetPageSql(
  list: KeysetList,
  query: { cursor?: string; page?: number; pageSize?: number },
  countSql: string | null,
  start?: PageStart,
): KeysetPageSql {
  const { page: requestedPage, pageSize } = pageOf(query);
  const { params } = list;
  const anchor = query.cursor === undefined ? start?.anchor : null;
  const position =
    query.cursor !== undefined
      ? decodeCursor(query.cursor, list.sortId)
      : anchor
        ? { ...anchor, side: 'after' as const, page: requestedPage, sort: list.sortId }
        : undefined;
  const backwards = position?.side === 'before';
  const where = position ? `\n    WHERE ${keysetCondition(list, position)}` : '';
  const skip = anchor ? (start?.skip ?? 0) : (requestedPage - 1) * pageSize;
  const offset = query.cursor !== undefined ? '' : ` OFFSET ${params.add(skip)}`;
  const sql = `${list.cte}
SELECT counts.total, page_rows.*
FROM (SELECT ${countSql ?? 'NULL::int'} AS total) counts
LEFT JOIN LATERAL (
  SELECT ${list.columns}, (${list.sort.expression})::text AS sort_key
    FROM ${list.from}${where}
    ORDER BY ${listOrder(list, backwards)}
    LIMIT ${params.add(pageSize + 1)}${offset}
) page_rows ON true`;
  return {
    sql,
    params: params.values,
    pageSize,
    page: position?.page ?? requestedPage,
    backwards,
    sortId: list.sortId,
  };
}

/**
 * Every `every`th row of the list up to place `reach`, with its place, sort key and id: the
 * anchors of `PageAnchors`. It reads every row up to `reach` once, as OFFSET would (at 100,000
 * startups, up to page 3,000: a sequential scan and a sort, 0.6–1.7 s on a busy machine).
 */
export function pageAnchorsSql(list: KeysetList, every: number, reach: number): ListSql {
  const { params } = list;
  const order = listOrder(list);
  // The LIMIT stops the numbering at `reach`, and lets the planner walk the sort index when
  // `reach` is a small part of the list.
  const sql = `${list.cte}
SELECT place::int AS place, key, id FROM (
  SELECT (${list.sort.expression})::text AS key, ${list.idExpression} AS id,
    row_number() OVER (ORDER BY ${order}) AS place
  FROM ${list.from}
  ORDER BY ${order}
  LIMIT ${params.add(reach)}
) numbered
WHERE place % ${params.add(every)} = 0
ORDER BY place`;
  return { sql, params: params.values };
}

/** The page's rows in list order, and cursors to the pages before and after it. */
export function keysetPage<Row>(plan: KeysetPageSql, result: KeysetRow<Row>[]): KeysetPage<Row> {
  const counted = result[0]?.total ?? null;
  const found = result.filter((row) => row.id !== null);
  const more = found.length > plan.pageSize;
  const rows = found.slice(0, plan.pageSize);
  if (plan.backwards) rows.reverse();
  // Read backwards, "more" means rows before the page; forwards, rows after it.
  const hasPrevious = plan.backwards ? more : plan.page > 1;
  const hasNext = plan.backwards || more;
  // Reading back to the start of the list is page 1, however the list changed meanwhile.
  const page = plan.backwards && !more ? 1 : hasPrevious ? Math.max(plan.page, 2) : plan.page;
  const first = rows[0];
  const last = rows.at(-1);
  const cursor = (row: KeysetRow<Row>, side: CursorPosition['side'], to: number): string =>
    encodeCursor({ sort: plan.sortId, key: row.sort_key, id: row.id as string, side, page: to });
  return {
    rows,
    counted,
    page,
    nextCursor: hasNext && last ? cursor(last, 'after', page + 1) : null,
    previousCursor: hasPrevious && first ? cursor(first, 'before', page - 1) : null,
  };
}

/**
 * The page statement of a table list (see `keysetPageSql`), returning the ids of the page. A
 * search collects its matches first (MATERIALIZED) so that the trigram index filters before
 * anything sorts, as in the startup list. `columns` are those the sort reads.
 */
export function tableListPageSql(
  list: TableList,
  columns: string,
  query: CursorQuery,
  countSql: string | null,
): KeysetPageSql {
  const cte = `WITH matches AS ${list.searching ? 'MATERIALIZED' : 'NOT MATERIALIZED'} (
  SELECT ${columns}
  FROM ${list.table}
  WHERE ${list.where.join('\n    AND ')}
)`;
  return keysetPageSql(
    { ...list, cte, from: 'matches', columns: 'id', idExpression: 'id' },
    query,
    countSql,
  );
}
