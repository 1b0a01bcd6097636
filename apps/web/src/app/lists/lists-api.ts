import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  SavedFilter,
  SavedFilterInput,
  SavedFilterList,
  TagCount,
  TaggedList,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';

/** Tags in use and saved views: what every list shares. */
@Injectable({ providedIn: 'root' })
export class ListsApi {
  private readonly http = inject(HttpClient);

  tags(list: TaggedList, prefix: string): Observable<TagCount[]> {
    let params = new HttpParams().set('list', list);
    if (prefix) params = params.set('q', prefix);
    return this.http.get<TagCount[]>('/api/v1/tags', { params });
  }

  savedFilters(list: SavedFilterList): Observable<SavedFilter[]> {
    return this.http.get<SavedFilter[]>('/api/v1/saved-filters', {
      params: new HttpParams().set('list', list),
    });
  }

  saveFilter(input: SavedFilterInput): Observable<SavedFilter> {
    return this.http.post<SavedFilter>('/api/v1/saved-filters', input);
  }

  deleteFilter(id: string): Observable<void> {
    return this.http.delete<void>(`/api/v1/saved-filters/${encodeURIComponent(id)}`);
  }
}
