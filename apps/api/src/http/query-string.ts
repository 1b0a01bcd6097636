import { type ParsedUrlQuery, parse, unescape } from 'node:querystring';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { invalidFields } from './invalid-fields';

function decodes(component: string): boolean {
  try {
    decodeURIComponent(component.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

/** The query string's parameters, repeated names as arrays (node:querystring, as Express had it). */
export function parseQuery(query: string): ParsedUrlQuery {
  return parse(query);
}

/**
 * Refuses what `parseQuery` would quietly change: percent-encoded bytes that are not UTF-8 (it
 * turns them into U+FFFD) and broken escapes such as `%zz` (it keeps them as text). An onRequest
 * hook, because the router parses the query where a throw would not become an answer; the 400
 * names the parameter.
 */
export function checkQueryEncoding(
  request: FastifyRequest,
  _reply: FastifyReply,
  done: (error?: Error) => void,
): void {
  const at = request.url.indexOf('?');
  const pairs = at < 0 ? [] : request.url.slice(at + 1).split('&');
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    const key = equals < 0 ? pair : pair.slice(0, equals);
    if (!decodes(key) || (equals >= 0 && !decodes(pair.slice(equals + 1)))) {
      const field = unescape(key);
      done(invalidFields([{ field, messages: [`${field} must be percent-encoded UTF-8 text`] }]));
      return;
    }
  }
  done();
}
