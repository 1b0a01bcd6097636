import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { SESSION_COOKIE } from '@kohorte/contracts';
import type { Request, RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';

// Angular's production build puts a content hash in every bundle name: esbuild's in capitals
// (main-5XK3N2QZ.js), its chunk optimiser's in base64url (chunk-B-noBKsg.js). Such a file never
// changes, so browsers may keep it for a year.
const HASHED_FILE = /-[A-Z0-9]{8}\.[a-z0-9]+$|^chunk-[\w-]{8}\.js$/;

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
 * The build's page for the section a path opens (apps/web's preload-sections step writes
 * `sections/<first segment>.<language>.html`: index.html with hints for that section's code,
 * texts and first API requests), else index.html. The texts' language is the one the app picks
 * for a browser without a stored choice (German for a German browser, else English); a reader
 * who chose otherwise only loses the hinted texts' few kilobytes.
 *
 * A browser without a session cookie is shown the sign-in page, not the section: it gets plain
 * index.html, so it does not fetch API answers that would only be 401s (and console errors).
 */
function sectionPage(pages: ReadonlySet<string>, req: Request): string {
  const session = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  if (typeof session !== 'string' || session === '') return '/index.html';
  const segment = req.path.split('/')[1] || 'index';
  const language = req.acceptsLanguages()[0]?.toLowerCase().startsWith('de') ? 'de' : 'en';
  const page = `${segment}.${language}.html`;
  return pages.has(page) ? `/sections/${page}` : '/index.html';
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
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`WEB_DIST is ${webDist}, but it has no index.html: build the web app first`);
  }
  const sectionsDir = join(root, 'sections');
  const sectionPages = new Set(
    existsSync(sectionsDir) ? readdirSync(sectionsDir).filter((f) => f.endsWith('.html')) : [],
  );
  const files = expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      redirect: false,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', cacheControlFor(path));
        // Which page an app route gets depends on the browser's language and on whether it is
        // signed in (sectionPage).
        const page = path.replace(COMPRESSED_COPY, '');
        if (page === indexFile || page.startsWith(sectionsDir + sep)) {
          res.setHeader('Vary', 'Accept-Encoding, Accept-Language, Cookie');
        }
      },
    },
  });
  return (req, res, next) => {
    if (isApiPath(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    files(req, res, (error?: unknown) => {
      if (error) return next(error);
      // No such file: one of the app's own routes, which index.html (negotiated alike) serves,
      // or the page the build made for its section.
      const url = req.url;
      req.url = sectionPage(sectionPages, req);
      files(req, res, (indexError?: unknown) => {
        req.url = url;
        next(indexError);
      });
    });
  };
}
