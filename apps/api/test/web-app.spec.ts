import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { SESSION_COOKIE } from '@kohorte/contracts';
import { createApp } from '../src/create-app';
import { cacheControlFor } from '../src/web/web-app';

describe('cacheControlFor', () => {
  it('lets browsers keep hashed bundles and revalidate everything else', () => {
    expect(cacheControlFor('/dist/browser/main-5XK3N2QZ.js')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(cacheControlFor('/dist/browser/styles-ABCD1234.css')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(cacheControlFor('/dist/browser/media/roboto-Q2W3E4R5.woff2')).toBe(
      'public, max-age=31536000, immutable',
    );
    // The chunk optimiser's names: base64url hashes, lower case, '-' and '_' included.
    for (const chunk of ['chunk-B-noBKsg.js', 'chunk-C_QLFpS_.js', 'chunk-28KQkQTb.js']) {
      expect(cacheControlFor(`/dist/browser/${chunk}`)).toBe('public, max-age=31536000, immutable');
    }
    expect(cacheControlFor('/dist/browser/index.html')).toBe('no-cache');
    expect(cacheControlFor('/dist/browser/i18n/de.json')).toBe('no-cache');
    expect(cacheControlFor('/dist/browser/favicon.svg')).toBe('no-cache');
    expect(cacheControlFor('/dist/browser/sections/startups.en.html')).toBe('no-cache');
    expect(cacheControlFor('/dist/browser/i18n/exports/en.json')).toBe('no-cache');
  });

  it('gives a precompressed copy the policy of the file it encodes', () => {
    expect(cacheControlFor('/dist/browser/main-5XK3N2QZ.js.br')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(cacheControlFor('/dist/browser/styles-ABCD1234.css.gz')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(cacheControlFor('/dist/browser/index.html.br')).toBe('no-cache');
    expect(cacheControlFor('/dist/browser/i18n/de.json.gz')).toBe('no-cache');
  });
});

// The session cookie's presence is all the page choice looks at; the API checks its value.
const SIGNED_IN = `${SESSION_COOKIE}=a-session-token`;

describe('the web build served by the API (WEB_DIST)', () => {
  const webDist = mkdtempSync(join(tmpdir(), 'kohorte-web-'));
  const previous = process.env.WEB_DIST;
  let app: INestApplication;
  let baseUrl: string;

  // A bundle as the build leaves it: the file, and its brotli and gzip copies beside it.
  const bundle = `console.log(${JSON.stringify('Kohorte '.repeat(500))});`;
  const indexHtml = `<!doctype html><title>Kohorte</title><!-- ${'x'.repeat(2000)} -->`;
  // The build's page for a section: index.html with that section's hints.
  const sectionHtml = (page: string) => `${indexHtml}<link rel="preload" href="/${page}">`;

  beforeAll(async () => {
    writeFileSync(join(webDist, 'index.html'), indexHtml);
    writeFileSync(join(webDist, 'index.html.br'), brotliCompressSync(indexHtml));
    writeFileSync(join(webDist, 'main-5XK3N2QZ.js'), bundle);
    writeFileSync(join(webDist, 'main-5XK3N2QZ.js.br'), brotliCompressSync(bundle));
    writeFileSync(join(webDist, 'main-5XK3N2QZ.js.gz'), gzipSync(bundle));
    writeFileSync(join(webDist, 'chunk-AAAABBBB.js'), 'export const uncompressed = 1;');
    mkdirSync(join(webDist, 'sections'));
    for (const page of ['startups.en', 'startups.de', 'index.en']) {
      const html = sectionHtml(page);
      writeFileSync(join(webDist, 'sections', `${page}.html`), html);
      writeFileSync(join(webDist, 'sections', `${page}.html.br`), brotliCompressSync(html));
    }
    process.env.WEB_DIST = webDist;
    app = await createApp();
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
  });
  afterAll(async () => {
    await app.close();
    process.env.WEB_DIST = previous;
    rmSync(webDist, { recursive: true, force: true });
  });

  it('serves index.html at / and for the app’s own routes, never cached', async () => {
    for (const path of ['/', '/startups/42/edit']) {
      const res = await request(app.getHttpServer()).get(path).expect(200);
      expect(res.text).toContain('<title>Kohorte</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed bundles with a long cache', async () => {
    const res = await request(app.getHttpServer()).get('/main-5XK3N2QZ.js').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  /** An answer's bytes as sent: supertest would decode brotli and gzip itself. */
  function raw(path: string, acceptEncoding: string, headers: Record<string, string> = {}) {
    return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
      (resolve, reject) => {
        const req = get(
          `${baseUrl}${path}`,
          { headers: { 'Accept-Encoding': acceptEncoding, ...headers } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({
                status: res.statusCode!,
                headers: res.headers,
                body: Buffer.concat(chunks),
              }),
            );
          },
        );
        req.on('error', reject);
      },
    );
  }

  it('sends the precompressed copy the browser accepts, brotli first', async () => {
    const identity = await raw('/main-5XK3N2QZ.js', 'identity');
    const br = await raw('/main-5XK3N2QZ.js', 'gzip, deflate, br, zstd');
    const gzip = await raw('/main-5XK3N2QZ.js', 'gzip, deflate');
    const refusedBr = await raw('/main-5XK3N2QZ.js', 'br;q=0, gzip');

    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe(bundle);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(bundle);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(bundle);
    expect(refusedBr.headers['content-encoding']).toBe('gzip');

    for (const res of [identity, br, gzip]) {
      expect(res.status).toBe(200);
      // Charset names are case-insensitive (RFC 9110); the two libraries spell UTF-8 differently.
      expect(res.headers['content-type']?.toLowerCase()).toMatch(
        /^(text|application)\/javascript; charset=utf-8$/,
      );
      expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
    }
    expect(br.body.length).toBeLessThan(bundle.length / 10);
    const etags = [identity, br, gzip].map((res) => res.headers['etag']);
    expect(new Set(etags).size).toBe(3);
  });

  it('answers 304 to a revalidation with the ETag of the variant the browser holds', async () => {
    const br = await raw('/main-5XK3N2QZ.js', 'br');
    const etag = br.headers['etag']!;
    expect((await raw('/main-5XK3N2QZ.js', 'br', { 'If-None-Match': etag })).status).toBe(304);
    expect((await raw('/main-5XK3N2QZ.js', 'gzip', { 'If-None-Match': etag })).status).toBe(200);
  });

  it('sends a file that has no compressed copy as it is', async () => {
    const res = await raw('/chunk-AAAABBBB.js', 'gzip, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe('export const uncompressed = 1;');
  });

  it('sends index.html compressed for the app’s routes too, never cached', async () => {
    // Routes of a section without a page of its own (the startups have one, below).
    for (const path of ['/mentors', '/mentors/42/edit']) {
      const res = await raw(path, 'gzip, br');
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(res.body).toString()).toBe(indexHtml);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('sends the page the build made for a section, in the browser’s language, else index.html', async () => {
    const cases: [string, string, string][] = [
      ['/startups', 'en-US,en;q=0.9', sectionHtml('startups.en')],
      ['/startups/42/edit?tab=figures', 'de-DE,de;q=0.9,en;q=0.8', sectionHtml('startups.de')],
      ['/startups', 'fr-FR,de;q=0.5', sectionHtml('startups.en')],
      ['/', 'en', sectionHtml('index.en')],
      // No page for German at the root, nor for the mentors: index.html.
      ['/', 'de', indexHtml],
      ['/mentors', 'en', indexHtml],
    ];
    for (const [path, language, html] of cases) {
      const res = await raw(path, 'br', { 'Accept-Language': language, Cookie: SIGNED_IN });
      expect(res.status).toBe(200);
      expect(brotliDecompressSync(res.body).toString()).toBe(html);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['vary']).toMatch(/Accept-Language/);
    }
  });

  it('sends a browser without a session index.html, whose sign-in page fetches no API answers', async () => {
    for (const cookie of [undefined, 'kohorte_lang=de', `${SESSION_COOKIE}=`]) {
      const res = await raw('/startups', 'br', {
        'Accept-Language': 'en',
        ...(cookie === undefined ? {} : { Cookie: cookie }),
      });
      expect(res.status).toBe(200);
      expect(brotliDecompressSync(res.body).toString()).toBe(indexHtml);
      expect(res.headers['vary']).toMatch(/Cookie/);
    }
  });

  it('leaves API paths to the API: an unknown one is a JSON 404', async () => {
    const res = await request(app.getHttpServer()).get('/api/v1/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    await request(app.getHttpServer()).get('/api/health').expect(200);
  });

  it('never looks on disk for an API path, even where a file of that name exists', async () => {
    mkdirSync(join(webDist, 'api'), { recursive: true });
    writeFileSync(join(webDist, 'api', 'health'), 'a file, not the API');
    const res = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok' });
  });
});
