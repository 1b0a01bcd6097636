import { ParamMap, Params } from '@angular/router';
import {
  DEFAULT_PAGE_SIZE,
  ListMentorsQuery,
  MAX_PAGE_SIZE,
  MENTOR_SORT_FIELDS,
  MENTOR_STATUSES,
  MentorSortField,
  MentorStatus,
  SortOrder,
} from '@kohorte/contracts';

/**
 * Everything the mentor list shows, kept in the URL's query parameters (named as the API names
 * them) so that a reload or a shared link opens the same view. Defaults are left out of the URL.
 */
export interface MentorListState {
  q: string;
  topic: string | null;
  sector: string | null;
  stage: string | null;
  language: string | null;
  city: string;
  /** null: every status. */
  status: MentorStatus | null;
  tag: string;
  /** Only mentors with a free place. */
  hasCapacity: boolean;
  archived: boolean;
  sort: MentorSortField;
  order: SortOrder;
  /** 1-based, as in the API. */
  page: number;
  pageSize: number;
}

export const DEFAULT_MENTOR_LIST_STATE: Readonly<MentorListState> = {
  q: '',
  topic: null,
  sector: null,
  stage: null,
  language: null,
  city: '',
  status: null,
  tag: '',
  hasCapacity: false,
  archived: false,
  sort: 'fullName',
  order: 'asc',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

export const PAGE_SIZE_OPTIONS = [10, 25, 50, MAX_PAGE_SIZE];

const KEYS = Object.keys(DEFAULT_MENTOR_LIST_STATE) as (keyof MentorListState)[];
const PAGING: readonly (keyof MentorListState)[] = ['page', 'pageSize'];

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER) {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

/** A vocabulary key as the API accepts it; anything else is no filter. */
function key(value: string | null): string | null {
  return value !== null && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? value : null;
}

/** Reads the state from the URL; whatever is missing or malformed takes its default. */
export function mentorStateFromParams(params: ParamMap): MentorListState {
  const d = DEFAULT_MENTOR_LIST_STATE;
  return {
    q: params.get('q')?.trim() ?? d.q,
    topic: key(params.get('topic')),
    sector: key(params.get('sector')),
    stage: key(params.get('stage')),
    language: key(params.get('language')),
    city: params.get('city')?.trim() ?? d.city,
    status: oneOf(MENTOR_STATUSES, params.get('status')),
    tag: params.get('tag')?.trim() ?? d.tag,
    hasCapacity: params.get('hasCapacity') === 'true',
    archived: params.get('archived') === 'true',
    sort: oneOf(MENTOR_SORT_FIELDS, params.get('sort')) ?? d.sort,
    order: oneOf<SortOrder>(['asc', 'desc'], params.get('order')) ?? d.order,
    page: positiveInt(params.get('page'), d.page),
    pageSize: positiveInt(params.get('pageSize'), d.pageSize, MAX_PAGE_SIZE),
  };
}

/** The query parameters for a state: only what differs from the default, so URLs stay short. */
export function mentorStateToParams(state: MentorListState): Params {
  const params: Params = {};
  for (const name of KEYS) {
    const value = state[name];
    if (value !== DEFAULT_MENTOR_LIST_STATE[name] && value !== null && value !== '') {
      params[name] = String(value);
    }
  }
  return params;
}

/**
 * The view without its paging, as query parameters: what a saved filter keeps and what the CSV
 * export takes (the API's list parameters have the same names).
 */
export function mentorFilterParams(state: MentorListState): Record<string, string> {
  const params = mentorStateToParams(state) as Record<string, string>;
  for (const name of PAGING) delete params[name];
  return params;
}

/** The API request for a state. Sort and order are always sent: the table shows them. */
export function mentorStateToQuery(state: MentorListState): ListMentorsQuery {
  const query: ListMentorsQuery = {
    sort: state.sort,
    order: state.order,
    page: state.page,
    pageSize: state.pageSize,
  };
  if (state.q) query.q = state.q;
  if (state.topic) query.topic = state.topic;
  if (state.sector) query.sector = state.sector;
  if (state.stage) query.stage = state.stage;
  if (state.language) query.language = state.language;
  if (state.city) query.city = state.city;
  if (state.status) query.status = state.status;
  if (state.tag) query.tag = state.tag;
  if (state.hasCapacity) query.hasCapacity = true;
  if (state.archived) query.archived = true;
  return query;
}

export function sameMentorState(a: MentorListState, b: MentorListState): boolean {
  return KEYS.every((name) => a[name] === b[name]);
}

/** What the list is narrowed to (not how it is paged or sorted). */
export function mentorFilterKey(state: MentorListState): string {
  return JSON.stringify(
    KEYS.filter((name) => !['sort', 'order', ...PAGING].includes(name)).map((name) => state[name]),
  );
}

/** Whether any filter narrows the list (the empty state then offers to clear them). */
export function mentorHasFilters(state: MentorListState): boolean {
  return mentorFilterKey(state) !== mentorFilterKey(DEFAULT_MENTOR_LIST_STATE);
}
