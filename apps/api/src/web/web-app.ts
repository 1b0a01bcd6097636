import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { basename, join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SESSION_COOKIE } from '@kohorte/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isApiPath } from '../http/api-path';
import { firstLanguage, ServerRender } from './server-render';

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

/** A `<link rel="preload" ... as="fetch">` of the build's pages (see apps/web's preload-sections). */
const FETCH_HINT = /<link rel="preload" [^>]*as="fetch"[^>]*>\s*/g;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The encodings an Accept-Encoding header allows (those it names without `q=0`). */
function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...options] = part.trim().toLowerCase().split(';');
    if (!options.some((option) => /^\s*q=0(\.0*)?\s*$/.test(option))) accepted.add(name.trim());
  }
  return accepted;
}

/**
 * A page rendered for this request: private, never kept, its inline scripts allowed by their nonce,
 * and compressed as the browser allows (brotli at a quality that takes about a millisecond for a
 * list's page, else gzip).
 */
async function sendRenderedPage(
  request: FastifyRequest,
  reply: FastifyReply,
  { html, nonce }: { html: string; nonce: string },
): Promise<FastifyReply> {
  reply.header('Cache-Control', 'private, no-store').type('text/html; charset=utf-8');
  // The page's own inline scripts (event replay) carry this answer's nonce; no other does.
  const policy = String(reply.getHeader('content-security-policy') ?? '');
  if (policy !== '') {
    reply.header(
      'Content-Security-Policy',
      policy.replace(/script-src ([^;]*)/, `script-src $1 'nonce-${nonce}'`),
    );
  }
  const accepted = acceptedEncodings(request.headers['accept-encoding']);
  if (accepted.has('br')) {
    const body = await brotli(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    return reply.header('Content-Encoding', 'br').send(body);
  }
  if (accepted.has('gzip')) {
    return reply.header('Content-Encoding', 'gzip').send(await gzipped(html));
  }
  return reply.send(html);
}

/**
 * The language the app starts in for this browser: German when the browser's first choice (by
 * weight, then order) is German, else English — as the app reads `navigator.language`.
 */
function startLanguage(acceptLanguage: string | undefined): 'de' | 'en' {
  return firstLanguage(acceptLanguage).toLowerCase().startsWith('de') ? 'de' : 'en';
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
function sectionPage(pages: ReadonlySet<string>, request: FastifyRequest): string {
  const session = request.cookies[SESSION_COOKIE];
  if (session === undefined || session === '') return 'index.html';
  const segment = request.url.split(/[/?]/)[1] || 'index';
  const page = `${segment}.${startLanguage(request.headers['accept-language'])}.html`;
  return pages.has(page) ? `sections/${page}` : 'index.html';
}

/**
 * The built web app (WEB_DIST), served by the API in production: its files, and index.html for
 * every other non-API path so that the app's own routes work on reload. API paths never reach
 * the file system — an unknown one stays a JSON 404 from the API.
 *
 * Files are sent as the build compressed them (apps/web's compress step writes `.br` and `.gz`
 * beside each): brotli or gzip as the browser's Accept-Encoding allows, brotli first, each with its
 * own Content-Length and ETag, `Vary: Accept-Encoding`, and the Content-Type of the original.
 * Nothing is compressed per request.
 *
 * `/dashboard` and `/startups` of a signed-in browser are rendered on the server, into the same
 * page (see ServerRender), when the build has a server render.
 */
export async function serveWebApp(app: NestFastifyApplication, webDist: string): Promise<void> {
  const root = resolve(webDist);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`WEB_DIST is ${webDist}, but it has no index.html: build the web app first`);
  }
  const sectionsDir = join(root, 'sections');
  const sectionPages = new Set(
    existsSync(sectionsDir) ? readdirSync(sectionsDir).filter((f) => f.endsWith('.html')) : [],
  );
  const fastify = app.getHttpAdapter().getInstance();
  const serverRender = await ServerRender.load(
    root,
    () => (fastify.server.address() as AddressInfo).port,
  );
  // The page a render starts from: the section's, without its hints for API answers and texts,
  // which the rendered page already holds (the app asks for what it lacks when it takes over).
  const renderDocuments = new Map<string, string>();
  const renderDocument = (file: string) => {
    let text = renderDocuments.get(file);
    if (text === undefined) {
      text = readFileSync(join(root, file), 'utf8').replace(FETCH_HINT, '');
      renderDocuments.set(file, text);
    }
    return text;
  };
  await app.register(fastifyStatic, {
    root,
    // One route per file of the build, found now: a path that is not a file never looks on disk.
    wildcard: false,
    preCompressed: true,
    index: false,
    redirect: false,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, path: string) => {
      reply.header('Cache-Control', cacheControlFor(path));
    },
  });
  // Every other path: one of the app's own routes, which index.html (negotiated alike) serves, or
  // the page the build made for its section. Which one depends on the browser's language and on
  // whether it is signed in.
  fastify.get('/*', async (request, reply) => {
    if (isApiPath(request.url)) return reply.callNotFound();
    reply.header('Vary', 'Accept-Language, Cookie');
    const page = sectionPage(sectionPages, request);
    if (serverRender && page !== 'index.html' && serverRender.renders(request.url)) {
      const rendered = await serverRender.render(request, renderDocument(page));
      if (rendered !== null) return sendRenderedPage(request, reply, rendered);
    }
    return reply.sendFile(page);
  });
}
