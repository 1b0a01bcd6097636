export type SortOrder = 'asc' | 'desc';

/** The largest page any list endpoint returns: lists are never unbounded. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export interface Page<T> {
  items: T[];
  /** Number of items matching the filter, over all pages. */
  total: number;
  /** 1-based page number. */
  page: number;
  pageSize: number;
}

/**
 * Paging by position for the record lists (startups, mentors, investors): `cursor` is an opaque
 * string from a previous page's `nextCursor` or `previousCursor`. With it the page is found by
 * its sort key (as fast at page 3,000 as at page 1); `page` still works for deep links.
 */
export interface CursorQuery {
  cursor?: string;
  page?: number;
  pageSize?: number;
}

/** Above this many matches a list says "more than 10,000" instead of counting them all. */
export const EXACT_COUNT_LIMIT = 10_000;

/** A page of a record list, paged by cursor or by page number. */
export interface ListPage<T> extends Page<T> {
  /**
   * False when more rows match than were counted: `total` is then a lower bound (the UI says
   * "more than 10,000").
   */
  totalExact: boolean;
  /** Opens the page after this one; null on the last page. */
  nextCursor: string | null;
  /** Opens the page before this one; null on the first page. */
  previousCursor: string | null;
}
