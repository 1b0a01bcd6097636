import { type ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiErrorBody } from '@kohorte/contracts';
import { type UnavailableCause, unavailableCause } from '@kohorte/server/database';
import { DomainError } from '@kohorte/server/errors';
import { httpExceptionOf } from './domain-errors';
import { inApiErrorShape } from './api-error-shape';
import { fieldErrorsInCallersLanguage } from './field-errors-language';

// Seconds a client should wait: a full pool frees up within a request's time; a server that is
// down or restarting takes longer.
const RETRY_AFTER_SECONDS: Record<UnavailableCause, number> = {
  pool: 1,
  timeout: 2,
  database: 5,
  network: 5,
  redis: 5,
};

const MESSAGES: Record<UnavailableCause, string> = {
  pool: 'The server is busy; try again in a moment',
  timeout: 'The server is busy; try again in a moment',
  database: 'The database is not reachable right now; try again in a moment',
  network: 'A service Kohorte needs is not reachable right now; try again in a moment',
  redis: 'The job queue is not reachable right now; try again in a moment',
};

// One log line per cause and window, not a stack trace per request: during an outage every
// request fails the same way, and thousands of identical traces would bury everything else.
const LOG_WINDOW_MS = 10_000;

/**
 * The API's one exception filter. A refusal of the server package (`DomainError`) gets its HTTP
 * status and body (`httpExceptionOf`); one made without that body gets it (`inApiErrorShape`).
 * "The database or Redis cannot serve this now" is answered with 503 and Retry-After instead of a
 * 500; every other error goes on to Nest's own handling (a 503 thrown on purpose gets its
 * Retry-After here too), field errors in the caller's language (field-errors-language.ts).
 */
@Catch()
export class ServiceUnavailableFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Unavailable');
  private readonly lastLogged = new Map<UnavailableCause, number>();
  private readonly suppressed = new Map<UnavailableCause, number>();

  override catch(thrown: unknown, host: ArgumentsHost): void {
    const exception =
      thrown instanceof DomainError ? httpExceptionOf(thrown) : inApiErrorShape(thrown);
    const cause = unavailableCause(exception);
    const response =
      host.getType() === 'http' ? host.switchToHttp().getResponse<FastifyReply>() : null;
    if (!response || response.sent) return super.catch(exception, host);
    if (!cause) {
      // Our own 503s (the rate limiters fail closed while Redis is down) say when to come back too.
      if (exception instanceof HttpException && exception.getStatus() === 503) {
        response.header('Retry-After', String(RETRY_AFTER_SECONDS.redis));
      }
      const request = host.switchToHttp().getRequest<FastifyRequest>();
      return super.catch(fieldErrorsInCallersLanguage(exception, request), host);
    }
    this.logOnce(cause, exception);
    const body: ApiErrorBody = {
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      error: 'Service Unavailable',
      message: MESSAGES[cause],
    };
    void response
      .status(HttpStatus.SERVICE_UNAVAILABLE)
      .header('Retry-After', String(RETRY_AFTER_SECONDS[cause]))
      .send(body);
  }

  private logOnce(cause: UnavailableCause, exception: unknown): void {
    const now = Date.now();
    if (now - (this.lastLogged.get(cause) ?? 0) < LOG_WINDOW_MS) {
      this.suppressed.set(cause, (this.suppressed.get(cause) ?? 0) + 1);
      return;
    }
    const more = this.suppressed.get(cause) ?? 0;
    this.lastLogged.set(cause, now);
    this.suppressed.set(cause, 0);
    const reason = exception instanceof Error ? exception.message : String(exception);
    this.logger.warn(
      `503 (${cause}): ${reason}` + (more > 0 ? ` (and ${more} more in the last window)` : ''),
    );
  }
}
