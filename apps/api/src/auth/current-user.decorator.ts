import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { User } from '@kohorte/contracts';
import type { AuthRequest } from './request-auth';

/**
 * The signed-in user of the request. Only on routes that are not `@Public()` is it always set;
 * on public routes it is undefined for anonymous callers.
 */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): User | undefined =>
    context.switchToHttp().getRequest<AuthRequest>().auth?.user,
);
