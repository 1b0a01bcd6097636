import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import type { ApiErrorBody } from '@kohorte/contracts';

function withBody(status: number, message: string, cause: unknown): HttpException {
  const body: ApiErrorBody = { statusCode: status, error: STATUS_CODES[status] ?? '', message };
  return new HttpException(body, status, { cause });
}

/**
 * Refusals made before a route runs in the API's error body (`ApiErrorBody`): Fastify's own (a
 * body too large, a media type without a parser, a malformed multipart body), which carry a 4xx
 * `statusCode` and an `FST_` code, and the HttpExceptions made of a bare message (Nest's
 * translation of those, the upload interceptors'), whose body would lack `error`.
 */
export function inApiErrorShape(thrown: unknown): unknown {
  if (thrown instanceof HttpException) {
    const response = thrown.getResponse();
    return typeof response === 'string' ? withBody(thrown.getStatus(), response, thrown) : thrown;
  }
  if (!(thrown instanceof Error)) return thrown;
  const { statusCode, code } = thrown as { statusCode?: unknown; code?: unknown };
  if (typeof code !== 'string' || !code.startsWith('FST_')) return thrown;
  if (typeof statusCode !== 'number' || statusCode < 400 || statusCode >= 500) return thrown;
  return withBody(statusCode, thrown.message, thrown);
}
