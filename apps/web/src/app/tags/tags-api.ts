import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { TagCount, TaggedList } from '@kohorte/contracts';
import { Observable } from 'rxjs';

/** The tags in use on a list's records: what the tag input and the tag filters suggest. */
@Injectable({ providedIn: 'root' })
export class TagsApi {
  private readonly http = inject(HttpClient);

  tags(list: TaggedList, prefix: string): Observable<TagCount[]> {
    let params = new HttpParams().set('list', list);
    if (prefix) params = params.set('q', prefix);
    return this.http.get<TagCount[]>('/api/v1/tags', { params });
  }
}
