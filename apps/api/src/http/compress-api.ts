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
 * Brotli at quality 4 costs about what gzip's default does per request and still sends less;
 * the maximum quality suits files compressed once at build time, not answers made per request.
 */
export function compressApi(): RequestHandler {
  return compression({
    threshold: 1024,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    filter: (req, res) => isApiPath(req.path) && compression.filter(req, res),
  });
}
