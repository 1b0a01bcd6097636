import { requestIdFrom, runWithRequestId } from '@kohorte/server/observability';
import type { NextFunction, Request, Response } from 'express';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Gives every request an id — the caller's X-Request-Id when it is short and plain (a proxy's
 * trace id), else a new one — echoes it in the answer, and runs the rest of the request in its
 * context, where the logger and the job producer find it.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER.toLowerCase()]);
  res.setHeader(REQUEST_ID_HEADER, requestId);
  runWithRequestId(requestId, next);
}
