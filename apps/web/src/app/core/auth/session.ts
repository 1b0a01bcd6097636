import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import {
  ChooseLanguageRequest,
  FormatLocale,
  SessionInfo,
  SignInRequest,
  User,
} from '@kohorte/contracts';
import { catchError, map, Observable, of, shareReplay, switchMap, tap, throwError } from 'rxjs';
import { LanguageService } from '../i18n/language';

const AUTH_URL = '/api/v1/auth';

/** Who is signed in, and what they may do. The API decides; this mirrors it for the UI. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly language = inject(LanguageService);
  private readonly current = signal<User | null>(null);
  private loaded$?: Observable<void>;

  readonly user = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);
  readonly isAdmin = computed(() => this.current()?.role === 'admin');
  /** Viewers read; admins and managers also create and change records. */
  readonly canWrite = computed(() => {
    const role = this.current()?.role;
    return role === 'admin' || role === 'manager';
  });

  /**
   * Asks the API whether someone is signed in, once until the session changes. The answer also
   * sets the XSRF-TOKEN cookie that every POST needs, so this runs at start-up, before the
   * sign-in form can be sent.
   */
  load(): Observable<void> {
    this.loaded$ ??= this.http.get<SessionInfo>(`${AUTH_URL}/session`).pipe(
      map((session) => session.user),
      // 401 means nobody is signed in; an unreachable API is treated the same way, and the
      // sign-in form then reports the failure.
      catchError(() => of(null)),
      tap((user) => this.set(user)),
      map(() => undefined),
      shareReplay(1),
    );
    return this.loaded$;
  }

  signIn(request: SignInRequest): Observable<User> {
    const post = () => this.http.post<SessionInfo>(`${AUTH_URL}/sign-in`, request);
    return post().pipe(
      // 403 here means the CSRF cookie is missing or stale (it expired, or a sign-out cleared
      // it): asking for the session issues a fresh one, and the sign-in is tried once more.
      catchError((error: unknown) => {
        if (!(error instanceof HttpErrorResponse) || error.status !== 403) {
          return throwError(() => error);
        }
        this.loaded$ = undefined;
        return this.load().pipe(switchMap(post));
      }),
      map((session) => session.user),
      tap((user) => this.set(user)),
    );
  }

  /**
   * Keeps a choice from the language menu with the account, so that it follows the person to
   * another browser and their emails come in its language. Signed out, nothing to keep.
   */
  chooseLanguage(language: FormatLocale): Observable<void> {
    if (!this.current()) return of(undefined);
    const body: ChooseLanguageRequest = { language };
    return this.http.put<SessionInfo>(`${AUTH_URL}/language`, body).pipe(
      tap((session) => this.current.set(session.user)),
      map(() => undefined),
    );
  }

  /** Ends the session; whatever the server answers, the person is signed out here. */
  signOut(): Observable<void> {
    return this.http.post<void>(`${AUTH_URL}/sign-out`, null).pipe(
      catchError(() => of(undefined)),
      tap(() => this.clear()),
      map(() => undefined),
    );
  }

  /**
   * Forgets the user (sign-out, or a 401 because the session expired). The next guard asks the
   * API again, which also hands out a fresh CSRF cookie for the next sign-in.
   */
  clear(): void {
    this.current.set(null);
    this.loaded$ = undefined;
  }

  private set(user: User | null): void {
    this.current.set(user);
    this.language.adopt(user?.formatLocale);
  }
}
