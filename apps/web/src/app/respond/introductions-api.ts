import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  DeclineIntroductionRequest,
  IntroConsentAnswer,
  IntroConsentView,
  InvestorOfferAnswer,
  InvestorTeaserView,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';
import { linkHeaders } from './respond-api';

const INTRODUCTIONS_URL = '/api/v1/public/introductions';

/**
 * The two links of an investor introduction: the founders' consent and the investor's offer.
 * Reading changes nothing; accept or decline spends the link. The token travels in
 * `Authorization: Link <token>`, never in the API's URL.
 */
@Injectable({ providedIn: 'root' })
export class IntroductionsApi {
  private readonly http = inject(HttpClient);

  consent(token: string): Observable<IntroConsentView> {
    return this.http.get<IntroConsentView>(`${INTRODUCTIONS_URL}/consent`, {
      headers: linkHeaders(token),
    });
  }

  agree(token: string): Observable<IntroConsentAnswer> {
    return this.http.post<IntroConsentAnswer>(`${INTRODUCTIONS_URL}/consent/accept`, null, {
      headers: linkHeaders(token),
    });
  }

  refuseConsent(
    token: string,
    request: DeclineIntroductionRequest,
  ): Observable<IntroConsentAnswer> {
    return this.http.post<IntroConsentAnswer>(`${INTRODUCTIONS_URL}/consent/decline`, request, {
      headers: linkHeaders(token),
    });
  }

  offer(token: string): Observable<InvestorTeaserView> {
    return this.http.get<InvestorTeaserView>(`${INTRODUCTIONS_URL}/offer`, {
      headers: linkHeaders(token),
    });
  }

  acceptOffer(token: string): Observable<InvestorOfferAnswer> {
    return this.http.post<InvestorOfferAnswer>(`${INTRODUCTIONS_URL}/offer/accept`, null, {
      headers: linkHeaders(token),
    });
  }

  declineOffer(
    token: string,
    request: DeclineIntroductionRequest,
  ): Observable<InvestorOfferAnswer> {
    return this.http.post<InvestorOfferAnswer>(`${INTRODUCTIONS_URL}/offer/decline`, request, {
      headers: linkHeaders(token),
    });
  }
}
