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
