import { ParamMap } from '@angular/router';
import {
  COHORT_STATUSES,
  CohortStatus,
  DEFAULT_PAGE_SIZE,
  ListCohortsQuery,
  MAX_PAGE_SIZE,
} from '@kohorte/contracts';
import { listStateHelpers, positiveInt } from '../records/list-state';

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

export const { toParams: cohortStateToParams, same: sameCohortState } =
  listStateHelpers(DEFAULT_COHORT_LIST_STATE);

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

export function cohortStateToQuery(state: CohortListState): ListCohortsQuery {
  const query: ListCohortsQuery = { page: state.page, pageSize: state.pageSize };
  if (state.q) query.q = state.q;
  if (state.status) query.status = state.status;
  if (state.programmeId) query.programmeId = state.programmeId;
  return query;
}
