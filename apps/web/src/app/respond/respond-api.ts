import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  FounderProfileView,
  LINK_AUTH_SCHEME,
  LINK_FAILURES,
  LinkFailure,
  ProfileRequestResult,
  PublicIncubator,
  StartupFigures,
  SetConsentRequest,
  StartupFiguresInput,
  UpdateFounderProfileRequest,
  Vocabularies,
} from '@kohorte/contracts';
import { Observable } from 'rxjs';

const PUBLIC_URL = '/api/v1/public';

/** Why a link did not work, from the API's 404/410 answer; null for any other failure. */
export function linkFailure(error: unknown): LinkFailure | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const reason: unknown = (error.error as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' && (LINK_FAILURES as readonly string[]).includes(reason)
    ? (reason as LinkFailure)
    : null;
}

/**
 * The public link endpoints. The token travels in `Authorization: Link <token>`, never in an API
 * URL; relative URLs, so that Angular adds the X-XSRF-TOKEN header to writes.
 */
@Injectable({ providedIn: 'root' })
export class RespondApi {
  private readonly http = inject(HttpClient);

  incubator(): Observable<PublicIncubator> {
    return this.http.get<PublicIncubator>(`${PUBLIC_URL}/incubator`);
  }

  vocabularies(): Observable<Vocabularies> {
    return this.http.get<Vocabularies>(`${PUBLIC_URL}/vocabularies`);
  }

  profile(token: string): Observable<FounderProfileView> {
    return this.http.get<FounderProfileView>(`${PUBLIC_URL}/profile`, {
      headers: linkHeaders(token),
    });
  }

  updateProfile(token: string, patch: UpdateFounderProfileRequest): Observable<FounderProfileView> {
    return this.http.patch<FounderProfileView>(`${PUBLIC_URL}/profile`, patch, {
      headers: linkHeaders(token),
    });
  }

  /** Gives or withdraws one of the startup's consents (investor introductions). */
  setConsent(token: string, request: SetConsentRequest): Observable<FounderProfileView> {
    return this.http.put<FounderProfileView>(`${PUBLIC_URL}/profile/consent`, request, {
      headers: linkHeaders(token),
    });
  }

  putFigures(token: string, month: string, input: StartupFiguresInput): Observable<StartupFigures> {
    return this.http.put<StartupFigures>(
      `${PUBLIC_URL}/profile/figures/${encodeURIComponent(month)}`,
      input,
      { headers: linkHeaders(token) },
    );
  }

  requestLink(email: string): Observable<void> {
    return this.http.post<void>(`${PUBLIC_URL}/profile-links`, { email });
  }
}

/** Staff: send profile links, read the figures founders reported. */
@Injectable({ providedIn: 'root' })
export class ProfileLinksApi {
  private readonly http = inject(HttpClient);

  requestUpdate(kind: 'startups' | 'cohorts', id: string): Observable<ProfileRequestResult> {
    return this.http.post<ProfileRequestResult>(
      `/api/v1/${kind}/${encodeURIComponent(id)}/profile-requests`,
      null,
    );
  }

  figures(startupId: string): Observable<StartupFigures[]> {
    return this.http.get<StartupFigures[]>(
      `/api/v1/startups/${encodeURIComponent(startupId)}/figures`,
    );
  }
}

/** A link's token as the public API reads it: `Authorization: Link <token>`. */
export function linkHeaders(token: string): HttpHeaders {
  return new HttpHeaders({ Authorization: `${LINK_AUTH_SCHEME} ${token}` });
}
