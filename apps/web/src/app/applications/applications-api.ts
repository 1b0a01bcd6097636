import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  ApplicantAccessReportState,
  ApplicantView,
  ApplicationDetail,
  ApplicationFile,
  ApplicationListItem,
  Call,
  CallFunnel,
  CallInput,
  DecideApplicationsRequest,
  DecisionResult,
  ListApplicationsQuery,
  Locale,
  MarkEligibilityRequest,
  Page,
  PublicCall,
  SaveApplicationRequest,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';
import { linkHeaders } from '../respond/respond-api';

const id = (value: string) => encodeURIComponent(value);
const ACCESS_REPORT_URL = '/api/v1/public/application/access-report';

/** Query parameters without the empty ones: the API validates what it receives. */
export function listParams(query: object): HttpParams {
  let result = new HttpParams();
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null || value === '') continue;
    result = result.set(name, String(value));
  }
  return result;
}

/** Staff: a cohort's call, its applications, screening and decisions. */
@Injectable({ providedIn: 'root' })
export class ApplicationsApi {
  private readonly http = inject(HttpClient);

  callOf(cohortId: string): Observable<Call> {
    return this.http.get<Call>(`/api/v1/cohorts/${id(cohortId)}/call`);
  }

  putCall(cohortId: string, input: CallInput): Observable<Call> {
    return this.http.put<Call>(`/api/v1/cohorts/${id(cohortId)}/call`, input);
  }

  funnel(callId: string): Observable<CallFunnel> {
    return this.http.get<CallFunnel>(`/api/v1/calls/${id(callId)}/funnel`);
  }

  list(
    callId: string,
    query: ListApplicationsQuery & { page?: number; pageSize?: number },
  ): Observable<Page<ApplicationListItem>> {
    return this.http.get<Page<ApplicationListItem>>(`/api/v1/calls/${id(callId)}/applications`, {
      params: listParams(query),
    });
  }

  /** The export's address with the list's filters (a plain link downloads it). */
  exportUrl(callId: string, query: ListApplicationsQuery): string {
    const search = listParams(query).toString();
    return `/api/v1/calls/${id(callId)}/applications.csv${search ? `?${search}` : ''}`;
  }

  decide(callId: string, request: DecideApplicationsRequest): Observable<DecisionResult> {
    return this.http.post<DecisionResult>(`/api/v1/calls/${id(callId)}/decisions`, request);
  }

  detail(applicationId: string): Observable<ApplicationDetail> {
    return this.http.get<ApplicationDetail>(`/api/v1/applications/${id(applicationId)}`);
  }

  fileUrl(applicationId: string, questionKey: string): string {
    return `/api/v1/applications/${id(applicationId)}/files/${id(questionKey)}`;
  }

  mark(applicationId: string, request: MarkEligibilityRequest): Observable<ApplicationDetail> {
    return this.http.post<ApplicationDetail>(
      `/api/v1/applications/${id(applicationId)}/eligibility`,
      request,
    );
  }
}

/** The public side: a call's page, the request for a link, and what the link allows. */
@Injectable({ providedIn: 'root' })
export class ApplicantApi {
  private readonly http = inject(HttpClient);

  call(callId: string): Observable<PublicCall> {
    return this.http.get<PublicCall>(`/api/v1/public/calls/${id(callId)}`);
  }

  requestLink(callId: string, email: string, locale: Locale, homepage: string): Observable<void> {
    return this.http.post<void>(`/api/v1/public/calls/${id(callId)}/applications`, {
      email,
      locale,
      ...(homepage ? { homepage } : {}),
    });
  }

  view(token: string): Observable<ApplicantView> {
    return this.http.get<ApplicantView>('/api/v1/public/application', {
      headers: linkHeaders(token),
    });
  }

  save(token: string, request: SaveApplicationRequest): Observable<ApplicantView> {
    return this.http.patch<ApplicantView>('/api/v1/public/application', request, {
      headers: linkHeaders(token),
    });
  }

  upload(token: string, questionKey: string, file: File): Observable<ApplicationFile> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.put<ApplicationFile>(
      `/api/v1/public/application/files/${id(questionKey)}`,
      body,
      { headers: linkHeaders(token) },
    );
  }

  removeFile(token: string, questionKey: string): Observable<void> {
    return this.http.delete<void>(`/api/v1/public/application/files/${id(questionKey)}`, {
      headers: linkHeaders(token),
    });
  }

  /** The link's own access report (GDPR Art. 15): its state, a new request, the finished file. */
  accessReport(token: string): Observable<ApplicantAccessReportState> {
    return this.http.get<ApplicantAccessReportState>(ACCESS_REPORT_URL, {
      headers: linkHeaders(token),
    });
  }

  requestAccessReport(token: string): Observable<ApplicantAccessReportState> {
    return this.http.post<ApplicantAccessReportState>(ACCESS_REPORT_URL, null, {
      headers: linkHeaders(token),
    });
  }

  /** The token travels in a header, so the file comes as a blob, not through a plain link. */
  downloadAccessReport(token: string, format: 'html' | 'json'): Observable<Blob> {
    return this.http.get(`${ACCESS_REPORT_URL}/download`, {
      headers: linkHeaders(token),
      params: { format },
      responseType: 'blob',
    });
  }

  submit(token: string, consentVersion: number): Observable<ApplicantView> {
    return this.http.post<ApplicantView>(
      '/api/v1/public/application/submit',
      { consentVersion },
      { headers: linkHeaders(token) },
    );
  }
}
