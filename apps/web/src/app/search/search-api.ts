import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { SearchResult, SearchType } from '@kohorte/contracts';
import { Observable } from 'rxjs';

/** Where each record type's page is. */
export const SEARCH_ROUTES: Record<SearchType, string> = {
  startup: '/startups',
  mentor: '/mentors',
  investor: '/investors',
  cohort: '/cohorts',
};

@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly http = inject(HttpClient);

  search(q: string): Observable<SearchResult> {
    return this.http.get<SearchResult>('/api/v1/search', { params: new HttpParams().set('q', q) });
  }
}
