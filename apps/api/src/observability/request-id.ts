import { requestIdFrom, runWithRequestId } from '@kohorte/server/observability';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * The adapter's `genReqId`: the caller's X-Request-Id when it is short and plain (a proxy's trace
 * id), else a new one.
 */
export function requestIdOf(raw: IncomingMessage): string {
  return requestIdFrom(raw.headers[REQUEST_ID_HEADER.toLowerCase()]);
}

/**
 * Echoes every request's id in the answer and runs the request in its context, where the logger
 * and the job producer find it. Entered twice: a body arrives in the socket's events, outside
 * the context the first hook set, so the hook after parsing (preValidation) enters it again.
 */
export function requestIdContext(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    runWithRequestId(request.id, done);
  });
  fastify.addHook('preValidation', (request, _reply, done) => {
    runWithRequestId(request.id, done);
  });
}
