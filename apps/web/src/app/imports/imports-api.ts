import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ImportAction,
  ImportDetail,
  ImportEncoding,
  ImportJob,
  ImportKind,
  ImportRowResult,
  Page,
  SetImportMappingRequest,
  SetImportValuesRequest,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';

const IMPORTS_URL = '/api/v1/imports';

@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ImportJob[]> {
    return this.http.get<ImportJob[]>(IMPORTS_URL);
  }

  get(id: string): Observable<ImportDetail> {
    return this.http.get<ImportDetail>(`${IMPORTS_URL}/${encodeURIComponent(id)}`);
  }

  /** Uploads a file; `read` reads it with another encoding or worksheet than detected. */
  upload(
    kind: ImportKind,
    file: File,
    read: { encoding?: ImportEncoding; sheet?: string } = {},
  ): Observable<ImportDetail> {
    const form = new FormData();
    form.append('kind', kind);
    if (read.encoding) form.append('encoding', read.encoding);
    if (read.sheet) form.append('sheet', read.sheet);
    form.append('file', file, file.name);
    return this.http.post<ImportDetail>(IMPORTS_URL, form);
  }

  setMapping(id: string, body: SetImportMappingRequest): Observable<ImportJob> {
    return this.http.put<ImportJob>(`${IMPORTS_URL}/${encodeURIComponent(id)}/mapping`, body);
  }

  setValues(id: string, body: SetImportValuesRequest): Observable<ImportJob> {
    return this.http.put<ImportJob>(`${IMPORTS_URL}/${encodeURIComponent(id)}/values`, body);
  }

  rows(
    id: string,
    query: { action: ImportAction | null; page: number; pageSize: number },
  ): Observable<Page<ImportRowResult>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.action) params = params.set('action', query.action);
    return this.http.get<Page<ImportRowResult>>(`${IMPORTS_URL}/${encodeURIComponent(id)}/rows`, {
      params,
    });
  }

  apply(id: string): Observable<ImportJob> {
    return this.http.post<ImportJob>(`${IMPORTS_URL}/${encodeURIComponent(id)}/apply`, null);
  }

  discard(id: string): Observable<void> {
    return this.http.delete<void>(`${IMPORTS_URL}/${encodeURIComponent(id)}`);
  }
}
