import { Inject, Injectable } from '@nestjs/common';
import { CSRF_COOKIE, SESSION_COOKIE } from '@kohorte/contracts';
import { type IssuedSession, newToken } from '@kohorte/server/auth';
import { KOHORTE_CONFIG, type KohorteConfig } from '@kohorte/server/config';
import type { CookieOptions, Response } from 'express';

/**
 * Writes the two auth cookies: the session token (HttpOnly, so scripts never see it) and the CSRF
 * token (readable, so that Angular's HttpClient copies it into the X-XSRF-TOKEN header).
 */
@Injectable()
export class SessionCookies {
  constructor(@Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig) {}

  issue(res: Response, session: IssuedSession): void {
    const maxAge = this.config.sessionTtlHours * 3600_000;
    res.cookie(SESSION_COOKIE, session.token, { ...this.base(), httpOnly: true, maxAge });
    this.setCsrf(res, session.csrfToken, maxAge);
  }

  /** The CSRF cookie of a live session, for a browser that lost it. */
  setCsrf(res: Response, csrfToken: string, maxAge?: number): void {
    res.cookie(CSRF_COOKIE, csrfToken, { ...this.base(), httpOnly: false, maxAge });
  }

  /** A random CSRF cookie before signing in, so that the sign-in POST can pass the double submit. */
  issuePreSessionCsrf(res: Response): void {
    this.setCsrf(res, newToken());
  }

  clear(res: Response): void {
    res.clearCookie(SESSION_COOKIE, { ...this.base(), httpOnly: true });
    res.clearCookie(CSRF_COOKIE, { ...this.base(), httpOnly: false });
  }

  clearSession(res: Response): void {
    res.clearCookie(SESSION_COOKIE, { ...this.base(), httpOnly: true });
  }

  private base(): CookieOptions {
    return { path: '/', sameSite: 'lax', secure: this.config.secureCookies };
  }
}
