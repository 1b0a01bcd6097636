import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ListMentorsQuery,
  ListPage,
  Mentee,
  Mentor,
  MentorInput,
  TagCount,
  UpdateMentorRequest,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';

const MENTORS_URL = '/api/v1/mentors';

/** Query parameters without the empty ones: the API validates what it receives. */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(name, String(value));
  }
  return params;
}

/** 404, or 400 for an id that cannot exist (the API checks ids are UUIDs): no such record. */
export function isNotFound(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
}

@Injectable({ providedIn: 'root' })
export class MentorsApi {
  private readonly http = inject(HttpClient);

  list(query: ListMentorsQuery): Observable<ListPage<Mentor>> {
    return this.http.get<ListPage<Mentor>>(MENTORS_URL, { params: queryParams(query) });
  }

  get(id: string): Observable<Mentor> {
    return this.http.get<Mentor>(`${MENTORS_URL}/${encodeURIComponent(id)}`);
  }

  mentees(id: string): Observable<Mentee[]> {
    return this.http.get<Mentee[]>(`${MENTORS_URL}/${encodeURIComponent(id)}/mentees`);
  }

  create(input: MentorInput): Observable<Mentor> {
    return this.http.post<Mentor>(MENTORS_URL, input);
  }

  update(id: string, changes: UpdateMentorRequest): Observable<Mentor> {
    return this.http.patch<Mentor>(`${MENTORS_URL}/${encodeURIComponent(id)}`, changes);
  }

  archive(id: string): Observable<Mentor> {
    return this.http.post<Mentor>(`${MENTORS_URL}/${encodeURIComponent(id)}/archive`, null);
  }

  restore(id: string): Observable<Mentor> {
    return this.http.post<Mentor>(`${MENTORS_URL}/${encodeURIComponent(id)}/restore`, null);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${MENTORS_URL}/${encodeURIComponent(id)}`);
  }

  /** Tags in use on mentors, for the tag filter's suggestions. */
  tags(q: string): Observable<TagCount[]> {
    return this.http.get<TagCount[]>('/api/v1/tags', {
      params: queryParams({ list: 'mentors', q }),
    });
  }
}
