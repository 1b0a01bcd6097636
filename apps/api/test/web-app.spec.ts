import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
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
    expect(cacheControlFor('/dist/browser/index.html')).toBe('no-cache');
    expect(cacheControlFor('/dist/browser/i18n/de.json')).toBe('no-cache');
    expect(cacheControlFor('/dist/browser/favicon.svg')).toBe('no-cache');
  });
});

describe('the web build served by the API (WEB_DIST)', () => {
  const webDist = mkdtempSync(join(tmpdir(), 'kohorte-web-'));
  const previous = process.env.WEB_DIST;
  let app: INestApplication;

  beforeAll(async () => {
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Kohorte</title>');
    writeFileSync(join(webDist, 'main-5XK3N2QZ.js'), 'console.log(1);');
    process.env.WEB_DIST = webDist;
    app = await createApp();
    await app.init();
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
