import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { LinkThrottledError } from '@kohorte/server/links';
import type { FastifyReply } from 'fastify';
import { catchError, type Observable, throwError } from 'rxjs';

/**
 * Headers of every public link answer, errors included: the link's page must not leak its URL to
 * other sites (`Referrer-Policy: no-referrer`) nor stay in caches (`Cache-Control: no-store`); a
 * throttled caller learns when to try again (`Retry-After`).
 */
@Injectable()
export class LinkHeadersInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<FastifyReply>();
    response.header('Referrer-Policy', 'no-referrer');
    response.header('Cache-Control', 'no-store');
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof LinkThrottledError) {
          response.header('Retry-After', String(error.retryAfterSeconds));
        }
        return throwError(() => error);
      }),
    );
  }
}
