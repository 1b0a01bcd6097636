import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AccessReport,
  AuditPage,
  CreateAccessReportRequest,
  CreateErasureRequest,
  ErasureRecord,
  Locale,
  PersonRecord,
  ProcessingRecord,
  RetentionOverview,
  UpdateRetentionRequest,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';

const PRIVACY_URL = '/api/v1/privacy';

/** The audit-log filters as the page holds them. */
export interface AuditFilter {
  userId: string;
  recordId: string;
  action: string;
  from: string;
  to: string;
}

/** The filters as query parameters: empty ones left out, the rest trimmed. */
export function auditParams(filter: AuditFilter): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(filter) as [string, string][]) {
    if (value.trim()) params = params.set(name, value.trim());
  }
  return params;
}

/** Privacy requests, for admins: find a person by email, access reports and erasures. */
@Injectable({ providedIn: 'root' })
export class PrivacyApi {
  private readonly http = inject(HttpClient);

  findPeople(email: string): Observable<PersonRecord[]> {
    return this.http.get<PersonRecord[]>(`${PRIVACY_URL}/people`, {
      params: new HttpParams().set('email', email),
    });
  }

  createReport(request: CreateAccessReportRequest): Observable<AccessReport> {
    return this.http.post<AccessReport>(`${PRIVACY_URL}/access-reports`, request);
  }

  report(id: string): Observable<AccessReport> {
    return this.http.get<AccessReport>(`${PRIVACY_URL}/access-reports/${encodeURIComponent(id)}`);
  }

  /** Where the browser downloads a finished report (a plain GET with the session cookie). */
  downloadUrl(id: string, format: 'json' | 'html'): string {
    return `${PRIVACY_URL}/access-reports/${encodeURIComponent(id)}/download?format=${format}`;
  }

  erase(request: CreateErasureRequest): Observable<ErasureRecord> {
    return this.http.post<ErasureRecord>(`${PRIVACY_URL}/erasures`, request);
  }

  erasures(): Observable<ErasureRecord[]> {
    return this.http.get<ErasureRecord[]>(`${PRIVACY_URL}/erasures`);
  }

  retention(): Observable<RetentionOverview> {
    return this.http.get<RetentionOverview>(`${PRIVACY_URL}/retention`);
  }

  updateRetention(request: UpdateRetentionRequest): Observable<RetentionOverview> {
    return this.http.put<RetentionOverview>(`${PRIVACY_URL}/retention`, request);
  }

  recordsOfProcessing(locale: Locale): Observable<ProcessingRecord[]> {
    return this.http.get<ProcessingRecord[]>(`${PRIVACY_URL}/records-of-processing`, {
      params: new HttpParams().set('locale', locale),
    });
  }

  recordsOfProcessingCsvUrl(locale: Locale): string {
    return `${PRIVACY_URL}/records-of-processing.csv?locale=${locale}`;
  }

  auditLog(filter: AuditFilter, page: number, pageSize: number): Observable<AuditPage> {
    return this.http.get<AuditPage>(`${PRIVACY_URL}/audit`, {
      params: auditParams(filter).set('page', page).set('pageSize', pageSize),
    });
  }

  /** Where the browser downloads the search as CSV (a plain GET with the session cookie). */
  auditCsvUrl(filter: AuditFilter, locale: Locale): string {
    return `${PRIVACY_URL}/audit.csv?${auditParams(filter).set('locale', locale).toString()}`;
  }
}
