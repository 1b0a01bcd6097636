import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { ActivityEntry, ActivityPage, NoteInput, SubjectType } from '@kohorte/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class TimelineApi {
  private readonly http = inject(HttpClient);

  list(
    subjectType: SubjectType,
    subjectId: string,
    page: number,
    pageSize: number,
  ): Observable<ActivityPage> {
    const params = new HttpParams()
      .set('subjectType', subjectType)
      .set('subjectId', subjectId)
      .set('page', page)
      .set('pageSize', pageSize);
    return this.http.get<ActivityPage>('/api/v1/timeline', { params });
  }

  addNote(input: NoteInput): Observable<ActivityEntry> {
    return this.http.post<ActivityEntry>('/api/v1/notes', input);
  }

  editNote(id: string, body: string): Observable<ActivityEntry> {
    return this.http.patch<ActivityEntry>(`/api/v1/notes/${encodeURIComponent(id)}`, { body });
  }

  deleteNote(id: string): Observable<ActivityEntry> {
    return this.http.delete<ActivityEntry>(`/api/v1/notes/${encodeURIComponent(id)}`);
  }
}
