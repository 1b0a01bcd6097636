import { constants } from 'node:zlib';
import compression from 'compression';
import type { RequestHandler } from 'express';

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * Compresses the API's answers (JSON, CSV) above 1 kB, brotli when the browser takes it: a list
 * page or the vocabularies are 15–20 kB of JSON that shrink to a fifth. The web app's files are
 * not touched here: the build compressed them once (web/web-app.ts sends those copies).
 *
 * Brotli at quality 1: on a list page (8.9 kB of JSON) it took 33 µs of CPU for 2.7 kB, where
 * quality 4 took 126 µs for 2.4 kB and gzip 59 µs for 2.6 kB — per request, the CPU matters more
 * than the last 300 bytes. The maximum quality suits files compressed once at build time.
 */
export function compressApi(): RequestHandler {
  return compression({
    threshold: 1024,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } },
    filter: (req, res) => isApiPath(req.path) && compression.filter(req, res),
  });
}
