import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject } from '@angular/core';
import { ListPage } from '@kohorte/contracts';
import { Observable } from 'rxjs';

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

/** The shapes of one record type's API: its list rows, the record, and what creates and changes it. */
export interface RecordShapes {
  item: unknown;
  record: unknown;
  input: unknown;
  changes: unknown;
  query: object;
}

/**
 * The calls every record type (startups, mentors, investors) answers the same way under
 * `/api/v1/<records>`: list, read, create, change, archive, restore and erase. A record type's
 * service extends it with what only it has (a mentor's mentees, a startup's contacts).
 */
export abstract class RecordsApi<R extends RecordShapes> {
  protected readonly http = inject(HttpClient);

  /** `/api/v1/<records>`. */
  protected abstract readonly url: string;

  list(query: R['query']): Observable<ListPage<R['item']>> {
    return this.http.get<ListPage<R['item']>>(this.url, { params: queryParams(query) });
  }

  get(id: string): Observable<R['record']> {
    return this.http.get<R['record']>(this.recordUrl(id));
  }

  create(input: R['input']): Observable<R['record']> {
    return this.http.post<R['record']>(this.url, input);
  }

  update(id: string, changes: R['changes']): Observable<R['record']> {
    return this.http.patch<R['record']>(this.recordUrl(id), changes);
  }

  archive(id: string): Observable<R['record']> {
    return this.http.post<R['record']>(`${this.recordUrl(id)}/archive`, null);
  }

  restore(id: string): Observable<R['record']> {
    return this.http.post<R['record']>(`${this.recordUrl(id)}/restore`, null);
  }

  /** Erases the record with what hangs on it (admins only). */
  remove(id: string): Observable<void> {
    return this.http.delete<void>(this.recordUrl(id));
  }

  protected recordUrl(id: string): string {
    return `${this.url}/${encodeURIComponent(id)}`;
  }
}
