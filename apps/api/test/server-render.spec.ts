import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { INestApplication } from '@nestjs/common';
import { SESSION_COOKIE } from '@kohorte/contracts';
import { createApp } from '../src/create-app';
import { firstLanguage, isPhone } from '../src/web/server-render';

describe('what the server render is told of the browser', () => {
  it('takes the language the browser puts first, by weight, then order', () => {
    expect(firstLanguage('de-DE,de;q=0.9,en;q=0.8')).toBe('de-DE');
    expect(firstLanguage('en;q=0.5, de-AT;q=0.7')).toBe('de-AT');
    expect(firstLanguage('en-US')).toBe('en-US');
    expect(firstLanguage('*')).toBe('');
    expect(firstLanguage(undefined)).toBe('');
  });

  it('tells a phone by its user agent', () => {
    const pixel =
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36';
    const iphone =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
    const laptop =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
    expect(isPhone(pixel)).toBe(true);
    expect(isPhone(iphone)).toBe(true);
    expect(isPhone(laptop)).toBe(false);
    expect(isPhone(undefined)).toBe(false);
  });
});

// A stand-in for apps/web's server bundle (src/server.ts): it answers by the session cookie's
// value as the real render would end — on the page, elsewhere (a guard), after a failed API
// request, with an error, or never — and writes what it was told into the page.
const FAKE_SERVER_BUNDLE = `
export async function renderPage(document, path, apiPort, context, nonce) {
  const session = /kohorte_session=([^;]*)/.exec(context.cookie)?.[1] ?? '';
  if (session === 'expired') context.navigated('/sign-in?returnUrl=' + encodeURIComponent(path));
  else context.navigated(path);
  if (session === 'api-down') context.failed(503);
  if (session === 'broken') throw new Error('render failed');
  if (session === 'slow') await new Promise(() => {});
  const told = JSON.stringify({ path, apiPort, session, language: context.browserLanguage,
    acceptLanguage: context.acceptLanguage, phone: context.phone, nonce });
  return document.replace('</head>', '<script id="told" type="application/json">' + told + '</script></head>')
    + '<app-root ng-server-context="ssr"><p>' + 'Rendered row. '.repeat(200) + '</p></app-root>';
}
`;

const PHONE =
  'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36';

describe('the server render of the first pages', () => {
  const dist = mkdtempSync(join(tmpdir(), 'kohorte-render-'));
  const webDist = join(dist, 'browser');
  const previous = process.env.WEB_DIST;
  let app: INestApplication;
  let baseUrl: string;
  let port: number;

  const indexHtml =
    '<!doctype html><html><head><title>Kohorte</title></head><body><app-root></app-root></body></html>';
  const hints =
    '<link rel="preload" href="/api/v1/auth/session" as="fetch" crossorigin="anonymous">' +
    '<link rel="modulepreload" href="chunk-AAAABBBB.js">';

  beforeAll(async () => {
    mkdirSync(join(webDist, 'sections'), { recursive: true });
    mkdirSync(join(dist, 'server'));
    writeFileSync(join(webDist, 'index.html'), indexHtml);
    for (const page of ['startups.en', 'startups.de', 'dashboard.en', 'mentors.en']) {
      writeFileSync(
        join(webDist, 'sections', `${page}.html`),
        indexHtml.replace('</head>', `${hints}<meta name="page" content="${page}"></head>`),
      );
    }
    writeFileSync(join(dist, 'server', 'server.mjs'), FAKE_SERVER_BUNDLE);
    process.env.WEB_DIST = webDist;
    app = await createApp();
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
    port = Number(new URL(baseUrl).port);
  });
  afterAll(async () => {
    await app.close();
    process.env.WEB_DIST = previous;
    rmSync(dist, { recursive: true, force: true });
  });

  /** An answer as sent, its body decoded from the encoding it names. */
  function fetchPage(path: string, headers: Record<string, string>) {
    return new Promise<{ status: number; headers: IncomingHttpHeaders; text: string }>(
      (resolve, reject) => {
        const req = get(`${baseUrl}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const body = Buffer.concat(chunks);
            const encoding = res.headers['content-encoding'];
            const text = (
              encoding === 'br'
                ? brotliDecompressSync(body)
                : encoding === 'gzip'
                  ? gunzipSync(body)
                  : body
            ).toString();
            resolve({ status: res.statusCode!, headers: res.headers, text });
          });
        });
        req.on('error', reject);
      },
    );
  }

  const told = (html: string) =>
    JSON.parse(/<script id="told" type="application\/json">(.*?)<\/script>/.exec(html)![1]!) as {
      path: string;
      apiPort: number;
      session: string;
      language: string;
      acceptLanguage: string;
      phone: boolean;
      nonce: string;
    };

  it('renders /startups for a signed-in browser into the section’s page, as that browser', async () => {
    const res = await fetchPage('/startups?q=solar&page=2', {
      Cookie: `${SESSION_COOKIE}=valid`,
      'Accept-Language': 'de-DE,de;q=0.9',
      'Accept-Encoding': 'gzip, br',
      'User-Agent': PHONE,
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.text).toContain('ng-server-context="ssr"');
    expect(res.text).toContain('<meta name="page" content="startups.de">');
    const { nonce, ...rest } = told(res.text);
    expect(rest).toEqual({
      path: '/startups?q=solar&page=2',
      apiPort: port,
      session: 'valid',
      language: 'de-DE',
      acceptLanguage: 'de-DE,de;q=0.9',
      phone: true,
    });
    // The page's inline scripts (event replay) run by this answer's nonce, and only this one's.
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(res.headers['content-security-policy']).toContain(`script-src 'self' 'nonce-${nonce}';`);
    expect(res.headers['content-security-policy']).toContain("script-src-attr 'none'");
    const again = await fetchPage('/startups', { Cookie: `${SESSION_COOKIE}=valid` });
    expect(told(again.text).nonce).not.toBe(nonce);
    // The page holds the answers; hints to fetch them again are dropped, those for code kept.
    expect(res.text).not.toContain('as="fetch"');
    expect(res.text).toContain('<link rel="modulepreload" href="chunk-AAAABBBB.js">');
  });

  it('renders /dashboard, in gzip when brotli is refused and as it is without either', async () => {
    const gzip = await fetchPage('/dashboard', {
      Cookie: `${SESSION_COOKIE}=valid`,
      'Accept-Encoding': 'br;q=0, gzip',
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(told(gzip.text)).toMatchObject({ path: '/dashboard', language: '', phone: false });

    const plain = await fetchPage('/dashboard', { Cookie: `${SESSION_COOKIE}=valid` });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toContain('ng-server-context="ssr"');
  });

  it('sends the unrendered page when the render ends elsewhere, fails, throws or hangs', async () => {
    for (const session of ['expired', 'api-down', 'broken', 'slow']) {
      const res = await fetchPage('/startups', {
        Cookie: `${SESSION_COOKIE}=${session}`,
        'Accept-Language': 'en',
      });
      expect(res.status).toBe(200);
      expect(res.text).not.toContain('ng-server-context');
      // The build's page for the section, with its hints, as without a server render.
      expect(res.text).toContain('<meta name="page" content="startups.en">');
      expect(res.text).toContain('as="fetch"');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self';");
    }
  });

  it('renders neither signed-out browsers nor other pages', async () => {
    const signedOut = await fetchPage('/startups', { 'Accept-Language': 'en' });
    expect(signedOut.text).toBe(indexHtml);

    for (const path of ['/mentors', '/startups/42']) {
      const res = await fetchPage(path, {
        Cookie: `${SESSION_COOKIE}=valid`,
        'Accept-Language': 'en',
      });
      expect(res.text).not.toContain('ng-server-context');
    }
  });

  // Last: the renders that hang here stay under way for the rest of this app's life.
  it('sends pages unrendered while four renders are under way', async () => {
    const slow = ['a', 'b', 'c'].map(() =>
      fetchPage('/dashboard', { Cookie: `${SESSION_COOKIE}=slow`, 'Accept-Language': 'en' }),
    );
    // With the one hung in the test above, four are under way once these three have arrived,
    // and stay so (a given-up render still counts until it ends, and these never do): a page asked
    // for then comes unrendered.
    let meanwhile = '';
    for (const deadline = Date.now() + 4000; Date.now() < deadline;) {
      meanwhile = (await fetchPage('/startups', { Cookie: `${SESSION_COOKIE}=valid` })).text;
      if (!meanwhile.includes('ng-server-context')) break;
    }
    expect(meanwhile).toContain('<meta name="page" content="startups.en">');
    expect(meanwhile).not.toContain('ng-server-context');
    for (const res of await Promise.all(slow)) expect(res.text).not.toContain('ng-server-context');
  });
});
