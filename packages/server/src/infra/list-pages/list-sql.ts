import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@kohorte/contracts';

/** One SQL statement and its parameters. */
export interface ListSql {
  sql: string;
  params: unknown[];
}

/** A statement for one page of a list, with the page it asks for after clamping. */
export interface PagedListSql extends ListSql {
  page: number;
  pageSize: number;
}

/** Collects the parameters of one statement and hands out their placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A sort key; nullable ones put empty values last in both directions. */
export interface SortColumn {
  expression: string;
  nullable: boolean;
  /** Its SQL type: a cursor carries the key as text and casts it back to this. */
  type: 'text' | 'integer' | 'bigint' | 'date' | 'timestamptz';
}

/** Escapes LIKE's wildcards so that a searched `%` or `_` matches itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** The distinct words of a search text, lower-cased. */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  return [
    ...new Set(
      q
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => word !== ''),
    ),
  ];
}

/** The page and page size a query asks for, clamped to what the API serves. */
export function pageOf(query: { page?: number; pageSize?: number }): {
  page: number;
  pageSize: number;
} {
  const pageSize = Math.min(
    Math.max(Math.trunc(query.pageSize ?? DEFAULT_PAGE_SIZE), 1),
    MAX_PAGE_SIZE,
  );
  return { page: Math.max(Math.trunc(query.page ?? 1), 1), pageSize };
}

/**
 * `ORDER BY` terms of a sort key with the id as tie-breaker, so that pages never overlap; or of
 * its exact reverse (empty values then first), which reads a page backwards from a cursor.
 */
export function listOrder(
  list: { sort: SortColumn; descending: boolean; idExpression: string },
  reversed = false,
): string {
  const direction = list.descending !== reversed ? 'DESC' : 'ASC';
  const nulls = list.sort.nullable ? (reversed ? ' NULLS FIRST' : ' NULLS LAST') : '';
  return `${list.sort.expression} ${direction}${nulls}, ${list.idExpression} ${direction}`;
}

/** A filtered list over one unaliased table, as the mentor and investor lists are. */
export interface TableList {
  table: string;
  /** The WHERE conditions, with their values already in `params`. */
  where: string[];
  params: SqlParams;
  sort: SortColumn;
  /** `field:order` of the requested sort. */
  sortId: string;
  descending: boolean;
  /** Whether the conditions include a search (its matches are collected first, see below). */
  searching: boolean;
}

/** Every row matching the filter, in list order, with the given columns (the CSV exports). */
export function allRowsSql(list: TableList, columns: string): ListSql {
  const sql = `SELECT ${columns}
FROM ${list.table}
WHERE ${list.where.join('\n  AND ')}
ORDER BY ${listOrder({ ...list, idExpression: 'id' })}`;
  return { sql, params: list.params.values };
}
