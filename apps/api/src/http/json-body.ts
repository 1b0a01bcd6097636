import { STATUS_CODES } from 'node:http';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiErrorBody } from '@kohorte/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fieldPath, invalidFields } from './invalid-fields';
import { firstInvalidUtf8, type JsonPath, scanJson } from './json-scan';

/** Deeper than any body the API defines, far below what makes JSON.parse run out of stack. */
export const MAX_JSON_DEPTH = 32;
/** Larger than any body the API defines (file uploads are multipart, not JSON). */
export const MAX_JSON_BYTES = 100 * 1024;

function refusal(status: HttpStatus, message: string): HttpException {
  const body: ApiErrorBody = { statusCode: status, error: STATUS_CODES[status] ?? '', message };
  return new HttpException(body, status);
}

/** A 400 naming the field at `path`, or about the whole body when the path is empty. */
function refusedAt(path: JsonPath, problem: string): HttpException {
  const field = fieldPath(path);
  return field
    ? invalidFields([{ field, messages: [`${field} ${problem}`] }])
    : refusal(HttpStatus.BAD_REQUEST, `The body ${problem}`);
}

/** The charset a Content-Type names, lower case; UTF-8 when it names none. */
function charsetOf(contentType: string | undefined): string {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase() ?? 'utf-8';
}

/**
 * Refuses what JSON.parse would mishandle: bytes that are not UTF-8 (the decoder would store them
 * as U+FFFD), charsets other than UTF-8 (RFC 8259 allows no other between systems), and nesting
 * deeper than MAX_JSON_DEPTH (JSON.parse would recurse until the stack runs out: a 500).
 */
function parseJson(request: FastifyRequest, bytes: Buffer): unknown {
  const charset = charsetOf(request.headers['content-type']);
  if (charset !== 'utf-8' && charset !== 'utf8') {
    throw refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'JSON bodies must be encoded as UTF-8');
  }
  // An empty body is no body, as with a form that sends nothing.
  if (bytes.length === 0) return {};
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt >= 0) {
    throw refusedAt(scanJson(bytes, Infinity, invalidAt).path, 'must be valid UTF-8 text');
  }
  const { tooDeep, path } = scanJson(bytes, MAX_JSON_DEPTH);
  if (tooDeep) {
    throw refusedAt(path, `must not be nested more than ${MAX_JSON_DEPTH} levels deep`);
  }
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (error) {
    throw refusal(
      HttpStatus.BAD_REQUEST,
      `The body is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/**
 * The API's one body parser: JSON with the checks above, every refusal in the shape of
 * `ApiErrorBody` (a field path where there is one) before any controller runs. Fastify's own
 * parsers go: a body of another type is refused with 415 (file uploads register multipart).
 */
export function jsonBody(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: MAX_JSON_BYTES },
    (request, body, done) => {
      try {
        done(null, parseJson(request, body as Buffer));
      } catch (error) {
        done(error as Error);
      }
    },
  );
}
