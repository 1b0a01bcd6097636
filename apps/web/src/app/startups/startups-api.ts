import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ListPage,
  ListStartupsQuery,
  Startup,
  StartupContact,
  StartupContactInput,
  StartupInput,
  StartupListItem,
  UpdateStartupContactRequest,
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

  list(query: ListStartupsQuery): Observable<ListPage<StartupListItem>> {
    return this.http.get<ListPage<StartupListItem>>(STARTUPS_URL, { params: listParams(query) });
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

  /** Erases the startup with its contacts, memberships and timeline (admins only). */
  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${STARTUPS_URL}/${encodeURIComponent(id)}`);
  }

  contacts(id: string): Observable<StartupContact[]> {
    return this.http.get<StartupContact[]>(this.contactsUrl(id));
  }

  addContact(id: string, input: StartupContactInput): Observable<StartupContact> {
    return this.http.post<StartupContact>(this.contactsUrl(id), input);
  }

  updateContact(
    id: string,
    contactId: string,
    changes: UpdateStartupContactRequest,
  ): Observable<StartupContact> {
    return this.http.patch<StartupContact>(
      `${this.contactsUrl(id)}/${encodeURIComponent(contactId)}`,
      changes,
    );
  }

  removeContact(id: string, contactId: string): Observable<void> {
    return this.http.delete<void>(`${this.contactsUrl(id)}/${encodeURIComponent(contactId)}`);
  }

  private contactsUrl(id: string): string {
    return `${STARTUPS_URL}/${encodeURIComponent(id)}/contacts`;
  }
}
