import { STATUS_CODES } from 'node:http';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiErrorBody } from '@kohorte/contracts';
import express, { type RequestHandler } from 'express';
import { fieldPath, invalidFields } from './invalid-fields';
import { firstInvalidUtf8, type JsonPath, scanJson } from './json-scan';

/** Deeper than any body the API defines, far below what makes JSON.parse run out of stack. */
export const MAX_JSON_DEPTH = 32;
/** Larger than any body the API defines (file uploads are multipart, not JSON). */
export const MAX_JSON_BYTES = '100kb';

/** Thrown from body-parser's `verify`, which runs on the raw bytes before JSON.parse. */
class RefusedBody extends Error {
  constructor(readonly exception: HttpException) {
    super(exception.message);
  }
}

function refusal(status: HttpStatus, message: string): HttpException {
  const body: ApiErrorBody = { statusCode: status, error: STATUS_CODES[status] ?? '', message };
  return new HttpException(body, status);
}

/** A 400 naming the field at `path`, or about the whole body when the path is empty. */
function refusedAt(path: JsonPath, problem: string): RefusedBody {
  const field = fieldPath(path);
  return new RefusedBody(
    field
      ? invalidFields([{ field, messages: [`${field} ${problem}`] }])
      : refusal(HttpStatus.BAD_REQUEST, `The body ${problem}`),
  );
}

/**
 * Refuses what JSON.parse would mishandle: bytes that are not UTF-8 (the decoder would store them
 * as U+FFFD), charsets other than UTF-8 (RFC 8259 allows no other between systems), and nesting
 * deeper than MAX_JSON_DEPTH (JSON.parse would recurse until the stack runs out: a 500).
 */
function verifyJson(_req: unknown, _res: unknown, bytes: Buffer, encoding: string): void {
  if (encoding.toLowerCase() !== 'utf-8') {
    throw new RefusedBody(
      refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'JSON bodies must be encoded as UTF-8'),
    );
  }
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt >= 0) {
    throw refusedAt(scanJson(bytes, Infinity, invalidAt).path, 'must be valid UTF-8 text');
  }
  const { tooDeep, path } = scanJson(bytes, MAX_JSON_DEPTH);
  if (tooDeep) {
    throw refusedAt(path, `must not be nested more than ${MAX_JSON_DEPTH} levels deep`);
  }
}

/** body-parser's errors (http-errors with a 4xx status) as the API's error body. */
function toHttpException(error: unknown): unknown {
  if (error instanceof RefusedBody) return error.exception;
  const { status, type, message } = error as { status?: unknown; type?: unknown; message?: string };
  if (typeof status !== 'number' || status < 400 || status >= 500) return error;
  return refusal(
    status,
    type === 'entity.parse.failed' ? `The body is not valid JSON: ${message}` : (message ?? ''),
  );
}

/**
 * The API's JSON body parser: express.json with the checks above, answering every refusal in the
 * shape of `ApiErrorBody` (a field path where there is one) before any controller runs.
 */
export function jsonBody(): RequestHandler {
  const parse = express.json({ limit: MAX_JSON_BYTES, verify: verifyJson });
  return (req, res, next) => {
    parse(req, res, (error?: unknown) => (error ? next(toHttpException(error)) : next()));
  };
}
