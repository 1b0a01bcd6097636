import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { httpLogging, PinoNestLogger } from '@kohorte/server/observability';
import { httpMetrics } from './http-metrics';
import { requestIdContext } from './request-id';

/**
 * Logs through pino and gives every request an id, a log line and a timing. Call right after
 * creating the app, before any other hook, so that every request is counted and has its id.
 */
export function observeHttp(app: NestFastifyApplication): void {
  app.useLogger(app.get(PinoNestLogger));
  const fastify = app.getHttpAdapter().getInstance();
  requestIdContext(fastify);
  const logRequest = httpLogging();
  fastify.addHook('onRequest', (request, reply, done) => {
    logRequest(request.raw, reply.raw, done);
  });
  httpMetrics(fastify);
}
