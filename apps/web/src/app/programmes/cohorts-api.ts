import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AddCohortStartupsRequest,
  Cohort,
  CohortInput,
  CohortOffers,
  CohortPoolMentor,
  CohortStartup,
  ListCohortsQuery,
  ListMentorsQuery,
  ListPage,
  ListProgrammesQuery,
  ListStartupsQuery,
  MembershipStatus,
  Mentor,
  Page,
  Programme,
  ProgrammeInput,
  StartupListItem,
  UpdateCohortRequest,
  UpdateProgrammeRequest,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';

const PROGRAMMES_URL = '/api/v1/programmes';
const COHORTS_URL = '/api/v1/cohorts';

/** Query parameters without the empty ones: the API validates what it receives. */
function params(query: object): HttpParams {
  let result = new HttpParams();
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null || value === '') continue;
    result = result.set(name, String(value));
  }
  return result;
}

const id = (value: string) => encodeURIComponent(value);

/** 404, or 400 for an id that cannot exist (the API checks ids are UUIDs). */
export function isNotFound(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
}

/**
 * The API's own words for a failed request (`the cohort is full (12 of 12)`), or null when it
 * gave none (network, proxy) or the interceptor already reacted (401, 403).
 */
export function apiMessage(error: unknown): string | null {
  if (!(error instanceof HttpErrorResponse) || error.status === 401 || error.status === 403) {
    return null;
  }
  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null) return null;
  const { message, errors } = body as { message?: unknown; errors?: { messages: string[] }[] };
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.flatMap((e) => e.messages).join(' ');
  }
  return typeof message === 'string' && message !== '' ? message : null;
}

/** Programmes, cohorts, their startups, mentor pools and mentorships. */
@Injectable({ providedIn: 'root' })
export class CohortsApi {
  private readonly http = inject(HttpClient);

  listProgrammes(query: ListProgrammesQuery): Observable<Page<Programme>> {
    return this.http.get<Page<Programme>>(PROGRAMMES_URL, { params: params(query) });
  }

  getProgramme(programmeId: string): Observable<Programme> {
    return this.http.get<Programme>(`${PROGRAMMES_URL}/${id(programmeId)}`);
  }

  createProgramme(input: ProgrammeInput): Observable<Programme> {
    return this.http.post<Programme>(PROGRAMMES_URL, input);
  }

  updateProgramme(programmeId: string, changes: UpdateProgrammeRequest): Observable<Programme> {
    return this.http.patch<Programme>(`${PROGRAMMES_URL}/${id(programmeId)}`, changes);
  }

  deleteProgramme(programmeId: string): Observable<void> {
    return this.http.delete<void>(`${PROGRAMMES_URL}/${id(programmeId)}`);
  }

  listCohorts(query: ListCohortsQuery): Observable<Page<Cohort>> {
    return this.http.get<Page<Cohort>>(COHORTS_URL, { params: params(query) });
  }

  getCohort(cohortId: string): Observable<Cohort> {
    return this.http.get<Cohort>(`${COHORTS_URL}/${id(cohortId)}`);
  }

  createCohort(input: CohortInput): Observable<Cohort> {
    return this.http.post<Cohort>(COHORTS_URL, input);
  }

  updateCohort(cohortId: string, changes: UpdateCohortRequest): Observable<Cohort> {
    return this.http.patch<Cohort>(`${COHORTS_URL}/${id(cohortId)}`, changes);
  }

  deleteCohort(cohortId: string): Observable<void> {
    return this.http.delete<void>(`${COHORTS_URL}/${id(cohortId)}`);
  }

  members(cohortId: string): Observable<CohortStartup[]> {
    return this.http.get<CohortStartup[]>(`${COHORTS_URL}/${id(cohortId)}/startups`);
  }

  addStartups(cohortId: string, request: AddCohortStartupsRequest): Observable<CohortStartup[]> {
    return this.http.post<CohortStartup[]>(`${COHORTS_URL}/${id(cohortId)}/startups`, request);
  }

  moveStartup(
    cohortId: string,
    startupId: string,
    status: MembershipStatus,
  ): Observable<CohortStartup> {
    return this.http.patch<CohortStartup>(
      `${COHORTS_URL}/${id(cohortId)}/startups/${id(startupId)}`,
      { status },
    );
  }

  removeStartup(cohortId: string, startupId: string): Observable<void> {
    return this.http.delete<void>(`${COHORTS_URL}/${id(cohortId)}/startups/${id(startupId)}`);
  }

  pool(cohortId: string): Observable<CohortPoolMentor[]> {
    return this.http.get<CohortPoolMentor[]>(`${COHORTS_URL}/${id(cohortId)}/mentors`);
  }

  addMentors(cohortId: string, mentorIds: string[]): Observable<CohortPoolMentor[]> {
    return this.http.post<CohortPoolMentor[]>(`${COHORTS_URL}/${id(cohortId)}/mentors`, {
      mentorIds,
    });
  }

  removeMentor(cohortId: string, mentorId: string): Observable<void> {
    return this.http.delete<void>(`${COHORTS_URL}/${id(cohortId)}/mentors/${id(mentorId)}`);
  }

  assignMentor(cohortId: string, startupId: string, mentorId: string): Observable<CohortStartup> {
    return this.http.post<CohortStartup>(
      `${COHORTS_URL}/${id(cohortId)}/startups/${id(startupId)}/mentors`,
      { mentorId },
    );
  }

  endMentorship(cohortId: string, startupId: string, mentorId: string): Observable<void> {
    return this.http.delete<void>(
      `${COHORTS_URL}/${id(cohortId)}/startups/${id(startupId)}/mentors/${id(mentorId)}`,
    );
  }

  /** The cohort's sent mentor offers and investor introductions with their answers. */
  offers(cohortId: string): Observable<CohortOffers> {
    return this.http.get<CohortOffers>(`${COHORTS_URL}/${id(cohortId)}/offers`);
  }

  /** Startups to add: the startups list's search. */
  searchStartups(query: ListStartupsQuery): Observable<ListPage<StartupListItem>> {
    return this.http.get<ListPage<StartupListItem>>('/api/v1/startups', { params: params(query) });
  }

  /** Mentors to add to a pool: the mentors list's search. */
  searchMentors(query: ListMentorsQuery): Observable<Page<Mentor>> {
    return this.http.get<Page<Mentor>>('/api/v1/mentors', { params: params(query) });
  }
}
