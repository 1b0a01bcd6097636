import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { SavedFilter, SavedFilterInput, SavedFilterList } from '@kohorte/contracts';
import { Observable } from 'rxjs';

/**
 * A person's saved views of a list. The API and the contracts still call them saved filters
 * (`/api/v1/saved-filters`); the web app uses the user's word.
 */
@Injectable({ providedIn: 'root' })
export class SavedViewsApi {
  private readonly http = inject(HttpClient);

  list(list: SavedFilterList): Observable<SavedFilter[]> {
    return this.http.get<SavedFilter[]>('/api/v1/saved-filters', {
      params: new HttpParams().set('list', list),
    });
  }

  save(input: SavedFilterInput): Observable<SavedFilter> {
    return this.http.post<SavedFilter>('/api/v1/saved-filters', input);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`/api/v1/saved-filters/${encodeURIComponent(id)}`);
  }
}
