import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Logger } from 'pino';
import { currentRequestId, requestIdFrom } from './request-context';
import { safeUrl } from './safe-url';

// Probes ask every few seconds; their lines would drown the rest.
const UNLOGGED_PATHS = /^\/api\/health(\/|$)/;

/**
 * pino-http's settings: one line per answered request with method, path, status and duration,
 * bound to the request id; no headers, bodies or query strings (personal data, cookies, tokens).
 */
export function httpLoggingParams(logger: Logger): Params {
  return {
    pinoHttp: {
      logger,
      // The request-id middleware ran first and put the id in the async context.
      genReqId: (req: IncomingMessage) =>
        currentRequestId() ?? requestIdFrom(req.headers['x-request-id']),
      customAttributeKeys: { reqId: 'requestId' },
      quietReqLogger: true,
      autoLogging: { ignore: (req: IncomingMessage) => UNLOGGED_PATHS.test(req.url ?? '') },
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
        // A 503 is an outage answered as designed, not a bug; it is logged once elsewhere.
        error || (res.statusCode >= 500 && res.statusCode !== 503) ? 'error' : 'info',
      serializers: {
        req: (req: { method?: string; url?: string }) => ({
          method: req.method,
          url: safeUrl(req.url),
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}
