import { metricsRegistry } from '@kohorte/server/observability';
import type { NextFunction, Request, Response } from 'express';
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
 * Times every request and files it under the route's template (`/api/v1/startups/:id`, which
 * Express leaves on `req.route` once a route has answered), never under its raw URL.
 */
export function httpMetricsMiddleware(req: Request, res: Response, next: NextFunction): void {
  const stop = requestDuration.startTimer();
  res.once('finish', () => {
    const route = (req.route as { path?: unknown } | undefined)?.path;
    stop({
      method: req.method,
      route: typeof route === 'string' ? `${req.baseUrl}${route}` : NO_ROUTE,
      status_class: `${Math.floor(res.statusCode / 100)}xx`,
    });
  });
  next();
}
