import { ParamMap, Params } from '@angular/router';
import {
  COHORT_STATUSES,
  CohortStatus,
  DEFAULT_PAGE_SIZE,
  ListCohortsQuery,
  MAX_PAGE_SIZE,
} from '@kohorte/contracts';

/** What the cohort list shows, kept in the URL so that a reload or a shared link shows it too. */
export interface CohortListState {
  q: string;
  status: CohortStatus | null;
  programmeId: string | null;
  page: number;
  pageSize: number;
}

export const DEFAULT_COHORT_LIST_STATE: Readonly<CohortListState> = {
  q: '',
  status: null,
  programmeId: null,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function cohortStateFromParams(params: ParamMap): CohortListState {
  const d = DEFAULT_COHORT_LIST_STATE;
  const status = params.get('status');
  const programmeId = params.get('programmeId');
  return {
    q: params.get('q')?.trim() ?? d.q,
    status: (COHORT_STATUSES as readonly (string | null)[]).includes(status)
      ? (status as CohortStatus)
      : d.status,
    programmeId: programmeId && UUID.test(programmeId) ? programmeId : d.programmeId,
    page: positiveInt(params.get('page'), d.page),
    pageSize: positiveInt(params.get('pageSize'), d.pageSize, MAX_PAGE_SIZE),
  };
}

/** Only what differs from the default, so URLs stay short. */
export function cohortStateToParams(state: CohortListState): Params {
  const params: Params = {};
  for (const key of Object.keys(DEFAULT_COHORT_LIST_STATE) as (keyof CohortListState)[]) {
    const value = state[key];
    if (value !== DEFAULT_COHORT_LIST_STATE[key] && value !== null && value !== '') {
      params[key] = String(value);
    }
  }
  return params;
}

export function cohortStateToQuery(state: CohortListState): ListCohortsQuery {
  const query: ListCohortsQuery = { page: state.page, pageSize: state.pageSize };
  if (state.q) query.q = state.q;
  if (state.status) query.status = state.status;
  if (state.programmeId) query.programmeId = state.programmeId;
  return query;
}

export function sameCohortState(a: CohortListState, b: CohortListState): boolean {
  return (Object.keys(DEFAULT_COHORT_LIST_STATE) as (keyof CohortListState)[]).every(
    (key) => a[key] === b[key],
  );
}
