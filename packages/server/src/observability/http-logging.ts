import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import { processRootLogger } from './log-format';
import { currentRequestId, requestIdFrom } from './request-context';
import { safeUrl } from './safe-url';

// Probes ask every few seconds; their lines would drown the rest.
const UNLOGGED_PATHS = /^\/api\/health(\/|$)/;

/**
 * One line per answered request with method, path, status and duration, bound to the request id;
 * no headers, bodies or query strings (personal data, cookies, tokens). Mount it after the
 * request-id middleware, which puts the id in the async context.
 */
export function httpLogging(): (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void {
  return pinoHttp({
    logger: processRootLogger(),
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
  });
}
