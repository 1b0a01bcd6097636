import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  Investor,
  InvestorInput,
  ListInvestorsQuery,
  ListPage,
  TagCount,
  UpdateInvestorRequest,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';
import { queryParams } from '../mentors/mentors-api';

const INVESTORS_URL = '/api/v1/investors';

@Injectable({ providedIn: 'root' })
export class InvestorsApi {
  private readonly http = inject(HttpClient);

  list(query: ListInvestorsQuery): Observable<ListPage<Investor>> {
    return this.http.get<ListPage<Investor>>(INVESTORS_URL, { params: queryParams(query) });
  }

  get(id: string): Observable<Investor> {
    return this.http.get<Investor>(`${INVESTORS_URL}/${encodeURIComponent(id)}`);
  }

  create(input: InvestorInput): Observable<Investor> {
    return this.http.post<Investor>(INVESTORS_URL, input);
  }

  update(id: string, changes: UpdateInvestorRequest): Observable<Investor> {
    return this.http.patch<Investor>(`${INVESTORS_URL}/${encodeURIComponent(id)}`, changes);
  }

  archive(id: string): Observable<Investor> {
    return this.http.post<Investor>(`${INVESTORS_URL}/${encodeURIComponent(id)}/archive`, null);
  }

  restore(id: string): Observable<Investor> {
    return this.http.post<Investor>(`${INVESTORS_URL}/${encodeURIComponent(id)}/restore`, null);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${INVESTORS_URL}/${encodeURIComponent(id)}`);
  }

  /** Tags in use on investors, for the tag filter's suggestions. */
  tags(q: string): Observable<TagCount[]> {
    return this.http.get<TagCount[]>('/api/v1/tags', {
      params: queryParams({ list: 'investors', q }),
    });
  }
}
