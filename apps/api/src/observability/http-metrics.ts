import { metricsRegistry } from '@kohorte/server/observability';
import type { FastifyInstance } from 'fastify';
import { Histogram } from 'prom-client';

const requestDuration = new Histogram({
  name: 'kohorte_http_request_duration_seconds',
  help: 'Time from a request arriving to its answer being sent, by route template and status class',
  labelNames: ['method', 'route', 'status_class'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

// Requests no route took (the web app's files, 404s): one label, so raw URLs never become series.
const NO_ROUTE = 'unmatched';

/**
 * Times every request and files it under the route's template (`/api/v1/startups/:id`), never
 * under its raw URL.
 */
export function httpMetrics(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.is404 ? undefined : request.routeOptions.url;
    requestDuration.observe(
      {
        method: request.method,
        route: route ?? NO_ROUTE,
        status_class: `${Math.floor(reply.statusCode / 100)}xx`,
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
