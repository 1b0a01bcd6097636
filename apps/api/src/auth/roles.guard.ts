import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type ApiErrorBody, type Role, ROLES } from '@kohorte/contracts';
import { ROLES_KEY } from './access.decorators';
import type { AuthRequest } from './request-auth';
import { isPublicRoute } from './session.guard';

const READ_METHODS = new Set(['GET', 'HEAD']);
const WRITERS: readonly Role[] = ['admin', 'manager'];

/** Last global guard: the policy documented in access.decorators.ts. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (isPublicRoute(this.reflector, context)) return true;
    const request = context.switchToHttp().getRequest<AuthRequest>();
    const named = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const allowed = named ?? (READ_METHODS.has(request.method) ? ROLES : WRITERS);
    // The session guard ran first, so only a reordering of the guards could leave `auth` unset.
    const role = request.auth?.user.role;
    if (role && allowed.includes(role)) return true;
    const body: ApiErrorBody = {
      statusCode: 403,
      error: 'Forbidden',
      message: 'Your role does not allow this',
    };
    throw new ForbiddenException(body);
  }
}
