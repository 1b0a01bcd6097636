import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuditLog, type AuditAccess } from '@kohorte/server/privacy';
import { type Observable, tap } from 'rxjs';
import type { AuthRequest } from '../auth/request-auth';
import { AUDITED_KEY, type AuditedRoute } from './audited-route';

// Filters longer than this are cut: the log keeps what was asked, not arbitrary payloads.
const MAX_FILTER_LENGTH = 2000;

/**
 * Records staff access to routes marked `@AuditRead` / `@AuditExport` (which bind it) after they answered
 * successfully (a failed or forbidden request saw nothing). The INSERT is not awaited and its
 * failure is swallowed by AuditLog: the log never slows down or fails the answer.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditLog,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = this.reflector.get<AuditedRoute | undefined>(AUDITED_KEY, context.getHandler());
    if (!route || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthRequest>();
    const userId = request.auth?.user.id;
    if (!userId) return next.handle();
    return next.handle().pipe(
      tap(() => {
        void this.audit.record(access(route, request, userId));
      }),
    );
  }
}

function access(route: AuditedRoute, request: AuthRequest, userId: string): AuditAccess {
  if (route.action === 'read') {
    const param = route.param ?? 'id';
    return {
      userId,
      action: 'read',
      recordKind: route.kind,
      recordId: String((request.params as Record<string, string>)[param]),
    };
  }
  // The route's own ids (a call's applications) come first, then the filter as asked. Stored
  // decoded, as a person reads it (and as erasure finds an address in it).
  const filter = [
    ...Object.entries(request.params as Record<string, string>),
    ...new URLSearchParams(request.url.split('?')[1] ?? ''),
  ]
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  return {
    userId,
    action: 'export',
    exportFile: route.file,
    filterQuery: filter.slice(0, MAX_FILTER_LENGTH) || null,
  };
}
