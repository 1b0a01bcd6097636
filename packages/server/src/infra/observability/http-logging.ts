import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Level, Logger } from 'pino';
import { processRootLogger } from './log-format';
import { currentRequestId, requestIdFrom } from './request-context';
import { safeUrl } from './safe-url';

// Probes ask every few seconds; their lines would drown the rest.
const UNLOGGED_PATHS = /^\/api\/health(\/|$)/;

/** The fields of one request line, as pino-http wrote them before (log shippers' queries rely on them). */
interface RequestLine {
  requestId: string;
  req: { method: string | undefined; url: string };
  res: { statusCode: number };
  responseTime: number;
  err?: Error;
}

/**
 * One line per answered request with method, path, status and duration, bound to the request id;
 * no headers, bodies or query strings (personal data, cookies, tokens). Mount it after the
 * request-id middleware, which puts the id in the async context.
 *
 * Written by hand rather than with pino-http, which makes two child loggers and serializes the
 * whole request (headers included, then dropped) for every request: on the list, a tenth of the
 * API's CPU per request went there. The line is the same: `request completed` (`request errored`
 * with `err` for a 5xx or a failed socket), `requestId`, `req`, `res` and `responseTime` in ms.
 */
export function httpLogging(
  logger: Logger = processRootLogger(),
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  // A completed request's line holds only the fields set below (no headers, no bodies, the URL
  // without its query or link token), so pino's redaction has nothing to find there, yet it
  // traverses the line on every request. A failed request's line carries an error of unknown
  // shape and keeps the redaction.
  const completedLogger = logger.child({}, { redact: [] });
  return (req, res, next) => {
    if (UNLOGGED_PATHS.test(req.url ?? '')) {
      next();
      return;
    }
    const started = Date.now();
    const requestId = currentRequestId() ?? requestIdFrom(req.headers['x-request-id']);
    const { method, url } = req;
    let logged = false;
    const done = (error?: Error) => {
      if (logged) return;
      logged = true;
      res.off('finish', onFinish);
      res.off('close', onFinish);
      res.off('error', done);
      const { statusCode } = res;
      const line: RequestLine = {
        requestId,
        req: { method, url: safeUrl(url) },
        res: { statusCode },
        responseTime: Date.now() - started,
      };
      // A 503 is an outage answered as designed, not a bug; it is logged once elsewhere.
      const failed = error !== undefined || statusCode >= 500;
      const level: Level = error || (statusCode >= 500 && statusCode !== 503) ? 'error' : 'info';
      if (failed) line.err = error ?? new Error(`failed with status code ${statusCode}`);
      if (failed) logger[level](line, 'request errored');
      else completedLogger[level](line, 'request completed');
    };
    const onFinish = () => done();
    res.on('finish', onFinish);
    res.on('close', onFinish);
    res.on('error', done);
    next();
  };
}
