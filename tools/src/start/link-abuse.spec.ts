import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '@kohorte/api';
import { CSRF_COOKIE, CSRF_HEADER, LINK_AUTH_SCHEME } from '@kohorte/contracts';
import { startPrivatePostgres } from '@kohorte/embedded-postgres';
import { runMigrations } from '@kohorte/server/database';
import { createTestDatabase, dropTestDatabase, testRedisPrefix } from '@kohorte/server/testing';
import { DEMO_USERS } from '../demo/demo-users';
import { seedDemoIfEmpty } from './demo-step';
import { firstOf } from '../shared/items';

// Anonymous link requests carrying well-formed tokens that do not exist, 50 of each kind at once,
// while a manager keeps working. Once, one such pause held a transaction while waiting for a
// second connection, and the whole app stalled until a restart.
const CONCURRENT = 50;
// Far above any healthy answer (tens of milliseconds), far below "hangs".
const ANSWER_WITHIN_MS = 15_000;

interface Answer {
  status: number;
  ms: number;
}

/** An HTTP client of the running app that keeps its cookies, like a browser tab. */
class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  get csrf(): string {
    return this.cookies.get(CSRF_COOKIE) ?? '';
  }

  async send(method: string, path: string, init: { body?: unknown; token?: string } = {}) {
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      [CSRF_HEADER]: this.csrf,
    };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.token) headers.authorization = `${LINK_AUTH_SCHEME} ${init.token}`;
    const started = performance.now();
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    for (const line of response.headers.getSetCookie()) {
      const pair = firstOf(line.split(';'));
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1)));
    }
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  }
}

const randomToken = () => randomBytes(32).toString('base64url');

function tomorrow(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/** The scenario against one database URL: migrated and seeded as `npm start` does. */
function linkAbuseAgainst(openDatabase: () => Promise<{ url: string; stop(): Promise<void> }>) {
  let database: { url: string; stop(): Promise<void> };
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    database = await openDatabase();
    await runMigrations(database.url);
    await seedDemoIfEmpty(database.url);
    process.env.DATABASE_URL = database.url;
    process.env.REDIS_PREFIX = testRedisPrefix();
    // A query that needs a second connection inside a transaction fails loudly (transaction-guard.ts).
    process.env.KOHORTE_STRICT_TRANSACTIONS = 'true';
    app = await createApp();
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await database?.stop();
  }, 60_000);

  it('answers 50 concurrent unknown-link pauses, accepts and profile saves, and staff keep working', async () => {
    const manager = new Browser(base);
    await manager.send('GET', '/api/v1/auth/session');
    const { email, password } = DEMO_USERS.manager;
    expect(
      (await manager.send('POST', '/api/v1/auth/sign-in', { body: { email, password } })).status,
    ).toBe(200);

    const mentor = new Browser(base);
    await mentor.send('GET', '/api/v1/auth/session');
    const abuse: Promise<Answer>[] = [];
    for (let i = 0; i < CONCURRENT; i++) {
      abuse.push(
        mentor.send('POST', '/api/v1/public/offers/pause', {
          token: randomToken(),
          body: { until: tomorrow() },
        }),
        mentor.send('POST', '/api/v1/public/offers/accept', { token: randomToken() }),
        mentor.send('PATCH', '/api/v1/public/profile', {
          token: randomToken(),
          body: { oneLiner: 'Guessing' },
        }),
      );
    }
    // The manager's day goes on during the storm, one request after another.
    const staff: Answer[] = [];
    const storm = Promise.all(abuse);
    for (let i = 0; i < 10; i++) {
      staff.push(await manager.send('GET', '/api/v1/startups?pageSize=25'));
      staff.push(await manager.send('GET', '/api/v1/dashboard'));
    }
    const answers = await storm;

    // Unknown (404) or rate-limited (429); never a 5xx, never a hang (the fetch would abort).
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status !== 404 && status !== 429)).toEqual([]);
    expect(statuses).toContain(404);
    expect(staff.map((answer) => answer.status)).toEqual(staff.map(() => 200));
    // And afterwards the app is whole: health reports the database up, the manager still reads.
    expect((await manager.send('GET', '/api/health')).status).toBe(200);
    expect((await manager.send('GET', '/api/v1/startups?pageSize=25')).status).toBe(200);
  }, 120_000);
}

describe('link abuse on the PostgreSQL server (DATABASE_URL)', () => {
  linkAbuseAgainst(async () => {
    const database = await createTestDatabase('kohorte_abuse');
    return { url: database.url, stop: () => dropTestDatabase(database.name) };
  });
});

describe('link abuse on the embedded PostgreSQL of `npm start`', () => {
  linkAbuseAgainst(() => startPrivatePostgres());
});
