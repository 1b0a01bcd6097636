import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { SavedView, SavedViewInput, SavedViewList } from '@kohorte/contracts';
import { Observable } from 'rxjs';

/**
 * A person's saved views of a list. The API and the contracts still call them saved filters
 * (`/api/v1/saved-views`); the web app uses the user's word.
 */
@Injectable({ providedIn: 'root' })
export class SavedViewsApi {
  private readonly http = inject(HttpClient);

  list(list: SavedViewList): Observable<SavedView[]> {
    return this.http.get<SavedView[]>('/api/v1/saved-views', {
      params: new HttpParams().set('list', list),
    });
  }

  save(input: SavedViewInput): Observable<SavedView> {
    return this.http.post<SavedView>('/api/v1/saved-views', input);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`/api/v1/saved-views/${encodeURIComponent(id)}`);
  }
}
