import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { TimelineEntry, TimelinePage, NoteInput, SubjectType } from '@kohorte/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class TimelineApi {
  private readonly http = inject(HttpClient);

  list(
    subjectType: SubjectType,
    subjectId: string,
    page: number,
    pageSize: number,
  ): Observable<TimelinePage> {
    const params = new HttpParams()
      .set('subjectType', subjectType)
      .set('subjectId', subjectId)
      .set('page', page)
      .set('pageSize', pageSize);
    return this.http.get<TimelinePage>('/api/v1/timeline', { params });
  }

  addNote(input: NoteInput): Observable<TimelineEntry> {
    return this.http.post<TimelineEntry>('/api/v1/notes', input);
  }

  editNote(id: string, body: string): Observable<TimelineEntry> {
    return this.http.patch<TimelineEntry>(`/api/v1/notes/${encodeURIComponent(id)}`, { body });
  }

  deleteNote(id: string): Observable<TimelineEntry> {
    return this.http.delete<TimelineEntry>(`/api/v1/notes/${encodeURIComponent(id)}`);
  }
}
