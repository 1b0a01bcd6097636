import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { INestApplication } from '@nestjs/common';
import { CSRF_COOKIE, CSRF_HEADER } from '@kohorte/contracts';
import { UsersService } from '@kohorte/server/auth';
import { createApp } from '../src/create-app';
import { TEST_PASSWORD, uniqueEmail } from './support/sign-in';
import { defined, firstOf, itemAt } from '@kohorte/server/testing';

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

describe('compressed API answers', () => {
  let app: INestApplication;
  let baseUrl: string;
  let cookie: string;

  /** An answer's bytes as sent (fetch and supertest would decode them). */
  function raw(path: string, acceptEncoding: string): Promise<RawAnswer> {
    return new Promise((resolve, reject) => {
      const req = get(
        `${baseUrl}${path}`,
        { headers: { 'Accept-Encoding': acceptEncoding, Cookie: cookie } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      req.on('error', reject);
    });
  }

  beforeAll(async () => {
    app = await createApp();
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
    const email = uniqueEmail('compress');
    await app
      .get(UsersService)
      .create({ email, name: 'Compress Test', password: TEST_PASSWORD, role: 'viewer' });
    const pre = (await fetch(`${baseUrl}/api/v1/auth/session`)).headers
      .getSetCookie()
      .map((line) => firstOf(line.split(';')));
    const csrfCookie = defined(
      pre.find((pair) => pair.startsWith(`${CSRF_COOKIE}=`)),
      'the CSRF cookie',
    );
    const csrf = itemAt(csrfCookie.split('='), 1);
    const signedIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: pre.join('; '), [CSRF_HEADER]: csrf },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    expect(signedIn.status).toBe(200);
    cookie = signedIn.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  it('sends a large JSON answer in brotli when the browser takes it, else gzip', async () => {
    const identity = await raw('/api/v1/vocabularies', 'identity');
    const br = await raw('/api/v1/vocabularies', 'gzip, deflate, br, zstd');
    const gzip = await raw('/api/v1/vocabularies', 'gzip, deflate');

    expect(identity.status).toBe(200);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.length).toBeGreaterThan(1024);
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    for (const answer of [br, gzip]) {
      expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      // Still an answer nobody may cache.
      expect(answer.headers['cache-control']).toBe('no-store');
    }
    expect(br.body.length).toBeLessThan(identity.body.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(
      JSON.parse(identity.body.toString()),
    );
    expect(JSON.parse(gunzipSync(gzip.body).toString())).toEqual(
      JSON.parse(identity.body.toString()),
    );
  }, 30_000);

  it('leaves a small answer as it is', async () => {
    const session = await raw('/api/v1/auth/session', 'gzip, deflate, br');
    expect(session.status).toBe(200);
    expect(session.body.length).toBeLessThan(1024);
    expect(session.headers['content-encoding']).toBeUndefined();
  }, 30_000);
});
