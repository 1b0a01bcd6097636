import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@kohorte/contracts';
import {
  hashToken,
  SESSIONS_CHANGED_CHANNEL,
  SessionCache,
  UsersService,
} from '@kohorte/server/auth';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { setCookieValue, TEST_PASSWORD, uniqueEmail } from './support/sign-in';

// A notice travels over loopback in well under a millisecond; this is for a machine under load.
const NOTICE_WITHIN_MS = 5000;

async function until(what: string, check: () => Promise<boolean> | boolean): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > NOTICE_WITHIN_MS) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

/** The status of GET /api/v1/auth/session on `app` with this session token. */
async function sessionStatus(app: INestApplication, token: string): Promise<number> {
  const res = await request(app.getHttpServer())
    .get('/api/v1/auth/session')
    .set('Cookie', `${SESSION_COOKIE}=${token}`);
  return res.status;
}

/** Session lookups (the SQL joining sessions and users) that `app` sends while `work` runs. */
async function sessionQueries(app: INestApplication, work: () => Promise<void>): Promise<number> {
  const spy = jest.spyOn(app.get(DataSource), 'query');
  try {
    await work();
    return spy.mock.calls.filter(([sql]) => sql.includes('FROM sessions s JOIN users u')).length;
  } finally {
    spy.mockRestore();
  }
}

describe('sessions kept in memory (SessionCache)', () => {
  // Two replicas of the API on one database, as in production.
  let first: INestApplication;
  let second: INestApplication;
  let db: DataSource;

  beforeAll(async () => {
    first = await createApp();
    await first.init();
    second = await createApp();
    await second.init();
    db = first.get(DataSource);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  /** Signs a new viewer in on the first replica and has both replicas keep the session. */
  async function sessionOnBoth(): Promise<{ token: string; csrf: string; userId: string }> {
    const email = uniqueEmail('viewer');
    const user = await first.get(UsersService).create({
      email,
      name: 'Cached viewer',
      password: TEST_PASSWORD,
      role: 'viewer',
    });
    const agent = request.agent(first.getHttpServer());
    const anonymous = await agent.get('/api/v1/auth/session').expect(401);
    const signedIn = await agent
      .post('/api/v1/auth/sign-in')
      .set(CSRF_HEADER, setCookieValue(anonymous, CSRF_COOKIE)!)
      .send({ email, password: TEST_PASSWORD })
      .expect(200);
    const token = setCookieValue(signedIn, SESSION_COOKIE)!;
    for (const app of [first, second]) {
      const cache = app.get(SessionCache);
      // Listening starts with the first lookup: ask until the replica trusts and holds it.
      await until('the replica to keep the session', async () => {
        expect(await sessionStatus(app, token)).toBe(200);
        return cache.get(hashToken(token)) !== undefined;
      });
    }
    return { token, csrf: setCookieValue(signedIn, CSRF_COOKIE)!, userId: user.id };
  }

  it('answers a known session from memory, without asking the database', async () => {
    const { token } = await sessionOnBoth();
    const queries = await sessionQueries(second, async () => {
      for (let i = 0; i < 5; i += 1) expect(await sessionStatus(second, token)).toBe(200);
    });
    expect(queries).toBe(0);
  });

  it('ends a signed-out session at once on its replica and on the others at the database’s notice', async () => {
    const { token, csrf } = await sessionOnBoth();
    await request(first.getHttpServer())
      .post('/api/v1/auth/sign-out')
      .set('Cookie', `${SESSION_COOKIE}=${token}`)
      .set(CSRF_HEADER, csrf)
      .expect(204);
    expect(await sessionStatus(first, token)).toBe(401);
    const waited = await until('the other replica to refuse the session', async () => {
      return (await sessionStatus(second, token)) === 401;
    });
    expect(waited).toBeLessThan(NOTICE_WITHIN_MS);
  });

  it('refuses a user disabled by hand in the database on every replica', async () => {
    const { token, userId } = await sessionOnBoth();
    await db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [userId]);
    for (const app of [first, second]) {
      await until('the replica to refuse the disabled user', async () => {
        return (await sessionStatus(app, token)) === 401;
      });
    }
  });

  it('asks the database for every session while it is not listening, and listens again', async () => {
    const { token } = await sessionOnBoth();
    await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1`, [
      `LISTEN ${SESSIONS_CHANGED_CHANNEL}`,
    ]);
    const cache = second.get(SessionCache);
    await until('the replica to notice the lost connection', () => cache.mark() === -1);
    const queries = await sessionQueries(second, async () => {
      expect(await sessionStatus(second, token)).toBe(200);
    });
    expect(queries).toBe(1);
    await until('the replica to listen again', async () => {
      await sessionStatus(second, token);
      return cache.mark() !== -1;
    });
  });
});
