import { PageEvent } from '@angular/material/paginator';

/**
 * Paging by cursor in the list pages: "next" and "previous" follow the cursors the API handed out
 * with the page (as fast at page 3,000 as at page 1), and the cursor stands in the URL beside the
 * page number, so that a shared link opens the very same page. First, last and a new page size
 * go by page number.
 */

/** Where a list is paged to: the part of its URL state that paging changes. */
export interface PagePosition {
  /** 1-based. */
  page: number;
  pageSize: number;
  /** The API's cursor for `page`, or '' to ask by page number. */
  cursor: string;
}

/** The shape of the cursors the API hands out; anything else in a URL is no cursor. */
export function cursorParam(value: string | null): string {
  return value !== null && /^[A-Za-z0-9_-]{1,1200}$/.test(value) ? value : '';
}

/** The position a paginator event asks for, by cursor where the page has one in that direction. */
export function pageChange(
  event: PageEvent,
  current: PagePosition,
  cursors: { next: string | null; previous: string | null },
): PagePosition {
  const page = event.pageIndex + 1;
  if (event.pageSize !== current.pageSize) return { page: 1, pageSize: event.pageSize, cursor: '' };
  if (page === current.page + 1 && cursors.next) {
    return { page, pageSize: event.pageSize, cursor: cursors.next };
  }
  if (page === current.page - 1 && cursors.previous && page > 1) {
    return { page, pageSize: event.pageSize, cursor: cursors.previous };
  }
  return { page, pageSize: event.pageSize, cursor: '' };
}

/**
 * The length to give the paginator: the count when it is exact; when the API only knows "more
 * than 10,000", enough for "next" to stay enabled while a next page exists.
 */
export function paginatorLength(
  position: Pick<PagePosition, 'page' | 'pageSize'>,
  list: { total: number; totalExact: boolean; hasNext: boolean; itemCount: number },
): number {
  if (list.totalExact) return list.total;
  const shown = (position.page - 1) * position.pageSize + list.itemCount;
  return list.hasNext ? Math.max(list.total, shown + 1) : shown;
}
