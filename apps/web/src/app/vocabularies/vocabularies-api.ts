import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  MapUnmappedRegionRequest,
  SaveVocabularyTermRequest,
  UnmappedRegion,
  VocabularyKind,
  VocabularyTerm,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';

const VOCABULARIES_URL = '/api/v1/vocabularies';

/** Admins' edits of the vocabularies, and the regions kept as text that wait for a mapping. */
@Injectable({ providedIn: 'root' })
export class VocabulariesApi {
  private readonly http = inject(HttpClient);

  save(
    kind: VocabularyKind,
    key: string,
    term: SaveVocabularyTermRequest,
  ): Observable<VocabularyTerm> {
    return this.http.put<VocabularyTerm>(
      `${VOCABULARIES_URL}/${kind}/${encodeURIComponent(key)}`,
      term,
    );
  }

  unmappedRegions(): Observable<UnmappedRegion[]> {
    return this.http.get<UnmappedRegion[]>(`${VOCABULARIES_URL}/regions/unmapped`);
  }

  mapUnmappedRegion(request: MapUnmappedRegionRequest): Observable<{ investors: number }> {
    return this.http.post<{ investors: number }>(`${VOCABULARIES_URL}/regions/unmapped`, request);
  }
}
