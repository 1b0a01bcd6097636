import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ListStartupsQuery,
  Page,
  Startup,
  StartupInput,
  UpdateStartupRequest,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';

const STARTUPS_URL = '/api/v1/startups';

/** Query parameters without the empty ones: the API validates what it receives. */
function listParams(query: ListStartupsQuery): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(name, String(value));
  }
  return params;
}

/** 404, or 400 for an id that cannot exist (the API checks ids are UUIDs): no such startup. */
export function isNotFound(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
}

@Injectable({ providedIn: 'root' })
export class StartupsApi {
  private readonly http = inject(HttpClient);

  list(query: ListStartupsQuery): Observable<Page<Startup>> {
    return this.http.get<Page<Startup>>(STARTUPS_URL, { params: listParams(query) });
  }

  get(id: string): Observable<Startup> {
    return this.http.get<Startup>(`${STARTUPS_URL}/${encodeURIComponent(id)}`);
  }

  create(input: StartupInput): Observable<Startup> {
    return this.http.post<Startup>(STARTUPS_URL, input);
  }

  update(id: string, changes: UpdateStartupRequest): Observable<Startup> {
    return this.http.patch<Startup>(`${STARTUPS_URL}/${encodeURIComponent(id)}`, changes);
  }

  archive(id: string): Observable<Startup> {
    return this.http.post<Startup>(`${STARTUPS_URL}/${encodeURIComponent(id)}/archive`, null);
  }

  restore(id: string): Observable<Startup> {
    return this.http.post<Startup>(`${STARTUPS_URL}/${encodeURIComponent(id)}/restore`, null);
  }
}
