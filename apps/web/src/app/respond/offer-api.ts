import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  DeclineOfferRequest,
  MentorOfferAnswer,
  MentorOfferView,
  PauseOffersRequest,
  PauseOffersResult,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';
import { linkHeaders } from './respond-api';

const OFFERS_URL = '/api/v1/public/offers';

/**
 * A mentor's offer link: read the offer (changes nothing), accept or decline (spends the link).
 * Pausing new offers does not spend it. The token travels in `Authorization: Link <token>`, never
 * in the API's URL.
 */
@Injectable({ providedIn: 'root' })
export class OfferApi {
  private readonly http = inject(HttpClient);

  current(token: string): Observable<MentorOfferView> {
    return this.http.get<MentorOfferView>(`${OFFERS_URL}/current`, { headers: linkHeaders(token) });
  }

  accept(token: string): Observable<MentorOfferAnswer> {
    return this.http.post<MentorOfferAnswer>(`${OFFERS_URL}/accept`, null, {
      headers: linkHeaders(token),
    });
  }

  decline(token: string, request: DeclineOfferRequest): Observable<MentorOfferAnswer> {
    return this.http.post<MentorOfferAnswer>(`${OFFERS_URL}/decline`, request, {
      headers: linkHeaders(token),
    });
  }

  /** Pauses new offers until `until` (`YYYY-MM-DD`); does not spend the link. */
  pause(token: string, until: string): Observable<PauseOffersResult> {
    const body: PauseOffersRequest = { until };
    return this.http.post<PauseOffersResult>(`${OFFERS_URL}/pause`, body, {
      headers: linkHeaders(token),
    });
  }
}
