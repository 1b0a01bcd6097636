import { type ParsedUrlQuery, parse, unescape } from 'node:querystring';
import { invalidFields } from './invalid-fields';

function decodes(component: string): boolean {
  try {
    decodeURIComponent(component.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

/**
 * Express's "simple" query parser (node:querystring), refusing what it would quietly change:
 * percent-encoded bytes that are not UTF-8 (it turns them into U+FFFD) and broken escapes such as
 * `%zz` (it keeps them as text). Thrown from `req.query`, the 400 names the parameter.
 */
export function parseQuery(query: string | null | undefined): ParsedUrlQuery {
  if (!query) return parse('');
  for (const pair of query.split('&')) {
    const at = pair.indexOf('=');
    const key = at < 0 ? pair : pair.slice(0, at);
    if (!decodes(key) || (at >= 0 && !decodes(pair.slice(at + 1)))) {
      const field = unescape(key);
      throw invalidFields([{ field, messages: [`${field} must be percent-encoded UTF-8 text`] }]);
    }
  }
  return parse(query);
}
