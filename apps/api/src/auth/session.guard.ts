import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type ApiErrorBody, SESSION_COOKIE } from '@kohorte/contracts';
import { SessionsService } from '@kohorte/server/auth';
import { IS_PUBLIC } from './access.decorators';
import type { AuthRequest } from './request-auth';

export function isPublicRoute(reflector: Reflector, context: ExecutionContext): boolean {
  return (
    reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]) === true
  );
}

/**
 * First global guard: finds the session behind the cookie and attaches it to the request
 * (`request.auth`); without one, only `@Public()` routes go on.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthRequest>();
    const session = await this.sessions.resolve(request.cookies[SESSION_COOKIE]);
    if (session) request.auth = session;
    if (session || isPublicRoute(this.reflector, context)) return true;
    const body: ApiErrorBody = {
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Sign in to continue',
    };
    throw new UnauthorizedException(body);
  }
}
