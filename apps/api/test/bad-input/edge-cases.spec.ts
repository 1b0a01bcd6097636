import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { type ApiErrorBody, CSRF_HEADER, type Startup } from '@kohorte/contracts';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/create-app';
import { anonymousBrowser, signedInAgent, type TestAgent, write } from '../support/sign-in';
import { firstOf } from '@kohorte/server/testing';

/** The field errors of a 400, as `field: messages`. */
function fieldErrors(res: Response): string[] {
  expect(res.status).toBe(400);
  const body = res.body as ApiErrorBody;
  expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  return (body.errors ?? []).map((error) => `${error.field}: ${error.messages.join(' ')}`);
}

describe('bad input at the edge', () => {
  let app: INestApplication;
  let admin: TestAgent;
  let db: DataSource;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    admin = await signedInAgent(app, 'admin');
  });
  afterAll(async () => {
    await app.close();
  });

  const startups = async (): Promise<number> =>
    Number(firstOf((await db.query('SELECT count(*) AS n FROM startups')) as { n: string }[]).n);
  const postStartup = (raw: string | Buffer, type = 'application/json') =>
    write(admin.agent, admin.csrf)
      .post('/api/v1/startups')
      .set('Content-Type', type)
      .serialize((body: string) => body)
      .send(raw as string);

  it('refuses NUL and CR/LF in a name with a 400 naming it, and writes nothing', async () => {
    const before = await startups();
    expect(fieldErrors(await postStartup(JSON.stringify({ name: 'Acme\u0000' })))).toEqual([
      'name: name must not contain control characters',
    ]);
    expect(
      fieldErrors(await postStartup(JSON.stringify({ name: 'Evil\r\nBcc: victim@example.org' }))),
    ).toEqual(['name: name must be a single line (no line breaks or tabs)']);
    expect(
      fieldErrors(await postStartup(JSON.stringify({ name: 'Acme', tags: ['ok', 'b\u0000'] }))),
    ).toEqual(['tags.1: tags.1 must not contain control characters']);
    expect(await startups()).toBe(before);
  });

  it('keeps line breaks and tabs in a description', async () => {
    const description = 'First line.\n\n\tIndented second line.';
    const res = await postStartup(JSON.stringify({ name: 'Multiline', description }));
    expect(res.status).toBe(201);
    expect((res.body as Startup).description).toBe(description);
  });

  it('refuses NUL in the query of lists, search and exports', async () => {
    const cases: [string, string][] = [
      ['/api/v1/startups?q=%00', 'q'],
      ['/api/v1/mentors?city=%00', 'city'],
      ['/api/v1/exports/startups.csv?tag=%00', 'tag'],
      ['/api/v1/search?q=ab%00', 'q'],
    ];
    for (const [url, field] of cases) {
      expect(fieldErrors(await admin.agent.get(url))).toEqual([
        `${field}: ${field} must not contain control characters`,
      ]);
    }
    // Bytes that are not UTF-8 and broken escapes are refused, not turned into U+FFFD or kept.
    expect(fieldErrors(await admin.agent.get('/api/v1/startups?city=Leip%FFzig'))).toEqual([
      'city: city must be percent-encoded UTF-8 text',
    ]);
    expect(fieldErrors(await admin.agent.get('/api/v1/startups?q=100%zz'))).toEqual([
      'q: q must be percent-encoded UTF-8 text',
    ]);
    const spaced = await admin.agent.get('/api/v1/startups?q=a+b%20c&city=Leipzig');
    expect(spaced.status).toBe(200);
    expect(fieldErrors(await admin.agent.get('/api/v1/startups/%00'))).toEqual([
      'id: id must not contain control characters',
    ]);
  });

  it('refuses nesting deeper than 32 before parsing, also on anonymous sign-in', async () => {
    const browser = await anonymousBrowser(app);
    const signIn = (raw: string) =>
      browser.agent
        .post('/api/v1/auth/sign-in')
        .set(CSRF_HEADER, browser.csrf)
        .set('Content-Type', 'application/json')
        .send(raw);
    const arrays = await signIn(`${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    expect(fieldErrors(arrays)).toEqual([
      `${Array(32).fill(0).join('.')}: ${Array(32).fill(0).join('.')} must not be nested more than 32 levels deep`,
    ]);
    const objects = await signIn(`{"email":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`);
    expect(fieldErrors(objects)[0]).toMatch(/^email\.a\.a\..*\.a: .* more than 32 levels deep$/);
    const fine = await signIn(JSON.stringify({ email: 'nobody@example.org', password: 'x' }));
    expect(fine.status).toBe(401);
  });

  it('refuses invalid UTF-8 instead of storing U+FFFD, naming the field', async () => {
    const before = await startups();
    const raw = Buffer.concat([
      Buffer.from('{"name":"Acme","city":"Leip'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('zig"}'),
    ]);
    expect(fieldErrors(await postStartup(raw))).toEqual(['city: city must be valid UTF-8 text']);
    expect(await startups()).toBe(before);
  });

  it('refuses lone surrogates where an email validator would throw', async () => {
    const users = write(admin.agent, admin.csrf).post('/api/v1/users');
    const res = await users
      .set('Content-Type', 'application/json')
      .send(
        '{"email":"\\ud800@example.org","name":"X","password":"correct horse battery","role":"viewer"}',
      );
    expect(fieldErrors(res)).toEqual([
      'email: email must be valid Unicode text (no lone surrogates)',
    ]);
  });

  it('answers bodies it cannot read with 4xx in the API error shape', async () => {
    const malformed = await postStartup('{"name":');
    expect(malformed.status).toBe(400);
    expect((malformed.body as ApiErrorBody).message).toMatch(/^The body is not valid JSON/);
    const utf16 = await postStartup('{"name":"x"}', 'application/json; charset=utf-16le');
    expect(utf16.status).toBe(415);
    expect(utf16.body).toEqual({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: 'JSON bodies must be encoded as UTF-8',
    });
    const huge = await postStartup(JSON.stringify({ name: 'x'.repeat(200_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    // A media type the API reads no body of: refused before any route runs, in the same shape.
    const before = await startups();
    const text = await postStartup('name=Acme', 'text/plain');
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
    expect(await startups()).toBe(before);
    const proto = await postStartup('{"name":"x","__proto__":{"polluted":true}}');
    expect(fieldErrors(proto)).toEqual(['__proto__: property __proto__ should not exist']);
  });
});
