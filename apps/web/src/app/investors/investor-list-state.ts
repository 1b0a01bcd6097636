import { ParamMap } from '@angular/router';
import {
  DEFAULT_PAGE_SIZE,
  INVESTOR_SORT_FIELDS,
  INVESTOR_STATUSES,
  INVESTOR_TYPES,
  InvestorSortField,
  InvestorStatus,
  InvestorType,
  ListInvestorsQuery,
  MAX_PAGE_SIZE,
  SortOrder,
} from '@kohorte/contracts';
import { listStateHelpers, oneOf, positiveInt, vocabularyKey } from '../records/list-state';
import { cursorParam } from '../records/list-paging';

/**
 * Everything the investor list shows, kept in the URL's query parameters (named as the API names
 * them) so that a reload or a shared link opens the same view. Defaults are left out of the URL.
 */
export interface InvestorListState {
  q: string;
  type: InvestorType | null;
  sector: string | null;
  stage: string | null;
  region: string;
  /** null: every status. */
  status: InvestorStatus | null;
  tag: string;
  /** EUR: investors whose ticket range includes this amount. */
  ticketEur: number | null;
  archived: boolean;
  sort: InvestorSortField;
  order: SortOrder;
  /** 1-based, as in the API. */
  page: number;
  pageSize: number;
  /** The API's cursor for `page` when it was reached by next or previous, else ''. */
  cursor: string;
}

export const DEFAULT_INVESTOR_LIST_STATE: Readonly<InvestorListState> = {
  q: '',
  type: null,
  sector: null,
  stage: null,
  region: '',
  status: null,
  tag: '',
  ticketEur: null,
  archived: false,
  sort: 'name',
  order: 'asc',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  cursor: '',
};

/** The URL-state helpers of this list (`RecordListPage` takes them). */
export const investorListHelpers = listStateHelpers(DEFAULT_INVESTOR_LIST_STATE);

export const {
  toParams: investorStateToParams,
  filterParams: investorFilterParams,
  same: sameInvestorState,
  filterKey: investorFilterKey,
  hasFilters: investorHasFilters,
} = investorListHelpers;

/** An amount in whole euros (0 included), or no filter. */
function amount(value: string | null): number | null {
  if (value === null || !/^\d{1,13}$/.test(value)) return null;
  return Number(value);
}

/** Reads the state from the URL; whatever is missing or malformed takes its default. */
export function investorStateFromParams(params: ParamMap): InvestorListState {
  const d = DEFAULT_INVESTOR_LIST_STATE;
  return {
    q: params.get('q')?.trim() ?? d.q,
    type: oneOf(INVESTOR_TYPES, params.get('type')),
    sector: vocabularyKey(params.get('sector')),
    stage: vocabularyKey(params.get('stage')),
    region: params.get('region')?.trim() ?? d.region,
    status: oneOf(INVESTOR_STATUSES, params.get('status')),
    tag: params.get('tag')?.trim() ?? d.tag,
    ticketEur: amount(params.get('ticketEur')),
    archived: params.get('archived') === 'true',
    sort: oneOf(INVESTOR_SORT_FIELDS, params.get('sort')) ?? d.sort,
    order: oneOf<SortOrder>(['asc', 'desc'], params.get('order')) ?? d.order,
    page: positiveInt(params.get('page'), d.page),
    pageSize: positiveInt(params.get('pageSize'), d.pageSize, MAX_PAGE_SIZE),
    cursor: cursorParam(params.get('cursor')),
  };
}

/** The API request for a state. Sort and order are always sent: the table shows them. */
export function investorStateToQuery(state: InvestorListState): ListInvestorsQuery {
  const query: ListInvestorsQuery = {
    sort: state.sort,
    order: state.order,
    page: state.page,
    pageSize: state.pageSize,
  };
  if (state.cursor) query.cursor = state.cursor;
  if (state.q) query.q = state.q;
  if (state.type) query.type = state.type;
  if (state.sector) query.sector = state.sector;
  if (state.stage) query.stage = state.stage;
  if (state.region) query.region = state.region;
  if (state.status) query.status = state.status;
  if (state.tag) query.tag = state.tag;
  if (state.ticketEur !== null) query.ticketEur = state.ticketEur;
  if (state.archived) query.archived = true;
  return query;
}
