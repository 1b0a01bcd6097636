import { ParamMap } from '@angular/router';
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
import { listStateHelpers, oneOf, positiveInt } from '../records/list-state';
import { cursorParam } from '../records/list-paging';

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
  /** The API's cursor for `page` when it was reached by next or previous, else ''. */
  cursor: string;
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
  cursor: '',
};

/** The URL-state helpers of this list (`RecordListPage` takes them). */
export const startupListHelpers = listStateHelpers(DEFAULT_LIST_STATE);

export const {
  toParams: stateToParams,
  same: sameState,
  filterKey,
  hasFilters,
} = startupListHelpers;

/** Reads the state from the URL; whatever is missing or malformed takes its default. */
export function stateFromParams(params: ParamMap): StartupListState {
  const d = DEFAULT_LIST_STATE;
  return {
    q: params.get('q')?.trim() ?? d.q,
    stage: params.get('stage') || d.stage,
    sector: params.get('sector') || d.sector,
    city: params.get('city')?.trim() ?? d.city,
    tag: params.get('tag')?.trim() ?? d.tag,
    status: oneOf(STARTUP_STATUSES, params.get('status')) ?? d.status,
    sort: oneOf(STARTUP_SORT_FIELDS, params.get('sort')) ?? d.sort,
    order: oneOf<SortOrder>(['asc', 'desc'], params.get('order')) ?? d.order,
    page: positiveInt(params.get('page'), d.page),
    pageSize: positiveInt(params.get('pageSize'), d.pageSize, MAX_PAGE_SIZE),
    cursor: cursorParam(params.get('cursor')),
  };
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
  if (state.cursor) query.cursor = state.cursor;
  if (state.q) query.q = state.q;
  if (state.stage) query.stage = state.stage;
  if (state.sector) query.sector = state.sector;
  if (state.city) query.city = state.city;
  if (state.tag) query.tag = state.tag;
  return query;
}
