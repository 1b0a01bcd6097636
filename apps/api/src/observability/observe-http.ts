import type { INestApplication } from '@nestjs/common';
import { httpLogging, PinoNestLogger } from '@kohorte/server/observability';
import { httpMetricsMiddleware } from './http-metrics.middleware';
import { requestIdMiddleware } from './request-id.middleware';

/**
 * Logs through pino and gives every request an id, a log line and a timing. Call right after
 * creating the app, before any other middleware, so that every request is counted and has its id.
 */
export function observeHttp(app: INestApplication): void {
  app.useLogger(app.get(PinoNestLogger));
  app.use(requestIdMiddleware, httpLogging(), httpMetricsMiddleware);
}
