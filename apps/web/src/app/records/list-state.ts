import { Params } from '@angular/router';
import { MAX_PAGE_SIZE } from '@kohorte/contracts';

/**
 * What the list pages (startups, mentors, investors, cohorts) share in keeping their view in the
 * URL's query parameters: reading values defensively and writing only what differs from the
 * default.
 */

export const PAGE_SIZE_OPTIONS = [10, 25, 50, MAX_PAGE_SIZE];

/** The state of a list page: flat values that each stand in the URL as one parameter. */
export type ListState = object;

// Sorting and paging say how the list is shown, not what it is narrowed to.
const NOT_FILTERS: readonly string[] = ['sort', 'order', 'page', 'pageSize', 'cursor'];

/** The value if it is one of those allowed, else null. */
export function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** A whole number from 1 to `max`, or the fallback for anything else. */
export function positiveInt(
  value: string | null,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

/** A vocabulary key as the API accepts it; anything else is no filter. */
export function vocabularyKey(value: string | null): string | null {
  return value !== null && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? value : null;
}

/** The URL-state helpers of one list, made from its default state. */
export interface ListStateHelpers<S extends ListState> {
  /** The query parameters for a state: only what differs from the default, so URLs stay short. */
  toParams(state: S): Params;
  /**
   * The view without its paging, as query parameters: what a saved filter keeps and what the
   * CSV export takes (the API's list parameters have the same names).
   */
  filterParams(state: S): Record<string, string>;
  same(a: S, b: S): boolean;
  /** What the list is narrowed to (not how it is paged or sorted). */
  filterKey(state: S): string;
  /** Whether any filter narrows the list (the empty state then offers to clear them). */
  hasFilters(state: S): boolean;
  /** Every filter at its default: what "Clear filters" asks for. */
  readonly noFilters: Partial<S>;
}

export function listStateHelpers<S extends ListState>(defaults: Readonly<S>): ListStateHelpers<S> {
  const keys = Object.keys(defaults) as (keyof S & string)[];
  const filterKeys = keys.filter((name) => !NOT_FILTERS.includes(name));
  const toParams = (state: S): Params => {
    const params: Params = {};
    for (const name of keys) {
      const value = state[name] as unknown;
      if (value !== defaults[name] && value !== null && value !== '') {
        params[name] = String(value);
      }
    }
    return params;
  };
  const filterKey = (state: S): string => JSON.stringify(filterKeys.map((name) => state[name]));
  const defaultFilterKey = filterKey(defaults);
  return {
    toParams,
    filterParams: (state) => {
      const params = toParams(state) as Record<string, string>;
      delete params['page'];
      delete params['pageSize'];
      delete params['cursor'];
      return params;
    },
    same: (a, b) => keys.every((name) => a[name] === b[name]),
    filterKey,
    hasFilters: (state) => filterKey(state) !== defaultFilterKey,
    noFilters: Object.fromEntries(filterKeys.map((name) => [name, defaults[name]])) as Partial<S>,
  };
}
