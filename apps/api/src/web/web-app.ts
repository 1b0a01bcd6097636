import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import express, { type RequestHandler } from 'express';

// Angular's production build puts a content hash in every bundle name (main-5XK3N2QZ.js): such a
// file never changes, so browsers may keep it for a year.
const HASHED_FILE = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

/** Cache policy: hashed bundles for a year; everything else (index.html above all) revalidated. */
export function cacheControlFor(path: string): string {
  return HASHED_FILE.test(basename(path)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * The built web app (WEB_DIST), served by the API in production: its files, and index.html for
 * every other non-API path so that the app's own routes work on reload. API paths pass straight
 * through without a file-system lookup — they are the hot path — and an unknown one stays a JSON
 * 404 from the API.
 */
export function webAppMiddleware(webDist: string): RequestHandler {
  const indexFile = join(webDist, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`WEB_DIST is ${webDist}, but it has no index.html: build the web app first`);
  }
  const files = express.static(webDist, {
    index: false,
    redirect: false,
    setHeaders: (res, path) => res.setHeader('Cache-Control', cacheControlFor(path)),
  });
  return (req, res, next) => {
    if (isApiPath(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    files(req, res, () => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexFile, (error) => error && next(error));
    });
  };
}
