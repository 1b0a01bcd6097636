import type { IncomingHttpHeaders } from 'node:http';

/** A request header's value; the first, should a client repeat it. */
export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
