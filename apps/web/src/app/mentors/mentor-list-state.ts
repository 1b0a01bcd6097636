import { ParamMap } from '@angular/router';
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
import { listStateHelpers, oneOf, positiveInt, vocabularyKey } from '../records/list-state';
import { cursorParam } from '../records/list-paging';

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
  /** The API's cursor for `page` when it was reached by next or previous, else ''. */
  cursor: string;
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
  cursor: '',
};

/** The URL-state helpers of this list (`RecordListPage` takes them). */
export const mentorListHelpers = listStateHelpers(DEFAULT_MENTOR_LIST_STATE);

export const {
  toParams: mentorStateToParams,
  filterParams: mentorFilterParams,
  same: sameMentorState,
  filterKey: mentorFilterKey,
  hasFilters: mentorHasFilters,
} = mentorListHelpers;

/** Reads the state from the URL; whatever is missing or malformed takes its default. */
export function mentorStateFromParams(params: ParamMap): MentorListState {
  const d = DEFAULT_MENTOR_LIST_STATE;
  return {
    q: params.get('q')?.trim() ?? d.q,
    topic: vocabularyKey(params.get('topic')),
    sector: vocabularyKey(params.get('sector')),
    stage: vocabularyKey(params.get('stage')),
    language: vocabularyKey(params.get('language')),
    city: params.get('city')?.trim() ?? d.city,
    status: oneOf(MENTOR_STATUSES, params.get('status')),
    tag: params.get('tag')?.trim() ?? d.tag,
    hasCapacity: params.get('hasCapacity') === 'true',
    archived: params.get('archived') === 'true',
    sort: oneOf(MENTOR_SORT_FIELDS, params.get('sort')) ?? d.sort,
    order: oneOf<SortOrder>(['asc', 'desc'], params.get('order')) ?? d.order,
    page: positiveInt(params.get('page'), d.page),
    pageSize: positiveInt(params.get('pageSize'), d.pageSize, MAX_PAGE_SIZE),
    cursor: cursorParam(params.get('cursor')),
  };
}

/** The API request for a state. Sort and order are always sent: the table shows them. */
export function mentorStateToQuery(state: MentorListState): ListMentorsQuery {
  const query: ListMentorsQuery = {
    sort: state.sort,
    order: state.order,
    page: state.page,
    pageSize: state.pageSize,
  };
  if (state.cursor) query.cursor = state.cursor;
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
