import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';

// Angular's production build puts a content hash in every bundle name (main-5XK3N2QZ.js): such a
// file never changes, so browsers may keep it for a year.
const HASHED_FILE = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

// The build step's precompressed copies sit beside each file (main-5XK3N2QZ.js.br); their cache
// policy is that of the file they encode.
const COMPRESSED_COPY = /\.(br|gz)$/;

/** Cache policy: hashed bundles for a year; everything else (index.html above all) revalidated. */
export function cacheControlFor(path: string): string {
  return HASHED_FILE.test(basename(path).replace(COMPRESSED_COPY, ''))
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * The built web app (WEB_DIST), served by the API in production: its files, and index.html for
 * every other non-API path so that the app's own routes work on reload. API paths pass straight
 * through without a file-system lookup — they are the hot path — and an unknown one stays a JSON
 * 404 from the API.
 *
 * Files are sent as the build compressed them (apps/web's compress step writes `.br` and `.gz`
 * beside each): brotli or gzip as the browser's Accept-Encoding allows, brotli first, each with its
 * own Content-Length and ETag, `Vary: Accept-Encoding`, and the Content-Type of the original.
 * Nothing is compressed per request.
 */
export function webAppMiddleware(webDist: string): RequestHandler {
  // express-static-gzip finds the compressed copies by cutting this prefix off their paths, so it
  // must have no trailing slash.
  const root = resolve(webDist);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`WEB_DIST is ${webDist}, but it has no index.html: build the web app first`);
  }
  const files = expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      redirect: false,
      setHeaders: (res, path) => res.setHeader('Cache-Control', cacheControlFor(path)),
    },
  });
  return (req, res, next) => {
    if (isApiPath(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    files(req, res, (error?: unknown) => {
      if (error) return next(error);
      // No such file: one of the app's own routes, which index.html (negotiated alike) serves.
      const url = req.url;
      req.url = '/index.html';
      files(req, res, (indexError?: unknown) => {
        req.url = url;
        next(indexError);
      });
    });
  };
}
