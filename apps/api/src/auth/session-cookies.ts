import { Inject, Injectable } from '@nestjs/common';
import { CSRF_COOKIE, SESSION_COOKIE } from '@kohorte/contracts';
import { type IssuedSession, newToken } from '@kohorte/server/auth';
import { KOHORTE_CONFIG, type KohorteConfig } from '@kohorte/server/config';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply } from 'fastify';

/**
 * Writes the two auth cookies: the session token (HttpOnly, so scripts never see it) and the CSRF
 * token (readable, so that Angular's HttpClient copies it into the X-XSRF-TOKEN header).
 */
@Injectable()
export class SessionCookies {
  constructor(@Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig) {}

  issue(res: FastifyReply, session: IssuedSession): void {
    const maxAge = this.config.sessionTtlHours * 3600;
    res.setCookie(SESSION_COOKIE, session.token, { ...this.base(), httpOnly: true, maxAge });
    this.setCsrf(res, session.csrfToken, maxAge);
  }

  /** The CSRF cookie of a live session, for a browser that lost it; `maxAge` in seconds. */
  setCsrf(res: FastifyReply, csrfToken: string, maxAge?: number): void {
    res.setCookie(CSRF_COOKIE, csrfToken, { ...this.base(), httpOnly: false, maxAge });
  }

  /** A random CSRF cookie before signing in, so that the sign-in POST can pass the double submit. */
  issuePreSessionCsrf(res: FastifyReply): void {
    this.setCsrf(res, newToken());
  }

  clear(res: FastifyReply): void {
    res.clearCookie(SESSION_COOKIE, { ...this.base(), httpOnly: true });
    res.clearCookie(CSRF_COOKIE, { ...this.base(), httpOnly: false });
  }

  clearSession(res: FastifyReply): void {
    res.clearCookie(SESSION_COOKIE, { ...this.base(), httpOnly: true });
  }

  private base(): CookieSerializeOptions {
    return { path: '/', sameSite: 'lax', secure: this.config.secureCookies };
  }
}
