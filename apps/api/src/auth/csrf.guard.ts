import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
} from '@nestjs/common';
import { type ApiErrorBody, CSRF_COOKIE, CSRF_HEADER } from '@kohorte/contracts';
import { tokensEqual } from '@kohorte/server/auth';
import { headerValue } from '../http/header-value';
import type { AuthRequest } from './request-auth';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Second global guard: every state-changing request carries the CSRF token in X-XSRF-TOKEN.
 * With a session it must be the session's token; without one (signing in) it must match the
 * XSRF-TOKEN cookie (double submit), which a foreign site can neither read nor set.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const sent = headerValue(request.headers, CSRF_HEADER) ?? '';
    const expected = request.auth ? request.auth.csrfToken : request.cookies[CSRF_COOKIE];
    if (typeof expected === 'string' && tokensEqual(sent, expected)) return true;
    const body: ApiErrorBody = {
      statusCode: 403,
      error: 'Forbidden',
      message: 'CSRF token missing or invalid',
    };
    throw new ForbiddenException(body);
  }
}
