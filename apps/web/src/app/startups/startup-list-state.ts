import { ParamMap, Params } from '@angular/router';
import {
  DEFAULT_PAGE_SIZE,
  ListStartupsQuery,
  MAX_PAGE_SIZE,
  SortOrder,
  STARTUP_SORT_FIELDS,
  STARTUP_STATUSES,
  StartupSortField,
  StartupStatus,
} from '@kohorte/contracts';

/**
 * Everything the startup list shows, kept in the URL's query parameters so that a reload or a
 * shared link opens the same view. Defaults are left out of the URL.
 */
export interface StartupListState {
  q: string;
  stage: string | null;
  sector: string | null;
  city: string;
  /** A tag, matched exactly as the tags endpoint lists it. */
  tag: string;
  status: StartupStatus;
  sort: StartupSortField;
  order: SortOrder;
  /** 1-based, as in the API. */
  page: number;
  pageSize: number;
}

export const DEFAULT_LIST_STATE: Readonly<StartupListState> = {
  q: '',
  stage: null,
  sector: null,
  city: '',
  tag: '',
  status: 'active',
  sort: 'name',
  order: 'asc',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

export const PAGE_SIZE_OPTIONS = [10, 25, 50, MAX_PAGE_SIZE];

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function positiveInt(
  value: string | null,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

/** Reads the state from the URL; whatever is missing or malformed takes its default. */
export function stateFromParams(params: ParamMap): StartupListState {
  const d = DEFAULT_LIST_STATE;
  return {
    q: params.get('q')?.trim() ?? d.q,
    stage: params.get('stage') || d.stage,
    sector: params.get('sector') || d.sector,
    city: params.get('city')?.trim() ?? d.city,
    tag: params.get('tag')?.trim() ?? d.tag,
    status: oneOf(STARTUP_STATUSES, params.get('status'), d.status),
    sort: oneOf(STARTUP_SORT_FIELDS, params.get('sort'), d.sort),
    order: oneOf<SortOrder>(['asc', 'desc'], params.get('order'), d.order),
    page: positiveInt(params.get('page'), d.page),
    pageSize: positiveInt(params.get('pageSize'), d.pageSize, MAX_PAGE_SIZE),
  };
}

/** The query parameters for a state: only what differs from the default, so URLs stay short. */
export function stateToParams(state: StartupListState): Params {
  const params: Params = {};
  for (const key of Object.keys(DEFAULT_LIST_STATE) as (keyof StartupListState)[]) {
    const value = state[key];
    if (value !== DEFAULT_LIST_STATE[key] && value !== null && value !== '') {
      params[key] = String(value);
    }
  }
  return params;
}

/** The API request for a state. Sort, order and status are always sent: the table shows them. */
export function stateToQuery(state: StartupListState): ListStartupsQuery {
  const query: ListStartupsQuery = {
    status: state.status,
    sort: state.sort,
    order: state.order,
    page: state.page,
    pageSize: state.pageSize,
  };
  if (state.q) query.q = state.q;
  if (state.stage) query.stage = state.stage;
  if (state.sector) query.sector = state.sector;
  if (state.city) query.city = state.city;
  if (state.tag) query.tag = state.tag;
  return query;
}

export function sameState(a: StartupListState, b: StartupListState): boolean {
  return (Object.keys(DEFAULT_LIST_STATE) as (keyof StartupListState)[]).every(
    (key) => a[key] === b[key],
  );
}

/** Whether any filter narrows the list (the empty state then offers to clear them). */
export function hasFilters(state: StartupListState): boolean {
  return (
    state.q !== '' ||
    state.stage !== null ||
    state.sector !== null ||
    state.city !== '' ||
    state.tag !== '' ||
    state.status !== DEFAULT_LIST_STATE.status
  );
}

/** Identifies what the list is narrowed to (not how it is paged or sorted). */
export function filterKey(state: StartupListState): string {
  return JSON.stringify([state.q, state.stage, state.sector, state.city, state.tag, state.status]);
}
