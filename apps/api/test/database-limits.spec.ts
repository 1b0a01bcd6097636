import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { CSRF_COOKIE, CSRF_HEADER } from '@kohorte/contracts';
import { SecondConnectionInTransactionError } from '@kohorte/server/database';
import request from 'supertest';
import { DataSource, type QueryRunner } from 'typeorm';
import { createApp } from '../src/create-app';
import { setCookieValue, signedInAgent, TEST_PASSWORD, type TestAgent } from './support/sign-in';

/** Runs `build` with these variables set, and puts the old values back. */
async function withEnv<T>(vars: Record<string, string>, build: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  Object.assign(process.env, vars);
  try {
    return await build();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

describe('database limits: no request can stall the app', () => {
  let app: INestApplication;
  let viewer: TestAgent;
  let db: DataSource;

  beforeAll(async () => {
    // A pool of two with a short wait, so that a test can fill it.
    app = await withEnv(
      {
        DB_POOL_SIZE: '2',
        DB_POOL_WAIT_MS: '300',
        DB_STATEMENT_TIMEOUT_MS: '1500',
        DB_LOCK_TIMEOUT_MS: '700',
        DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '4000',
      },
      async () => {
        const created = await createApp();
        await created.init();
        return created;
      },
    );
    viewer = await signedInAgent(app, 'viewer');
    db = app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  it('sets the server-side timeouts on every session of the pool', async () => {
    const [row] = (await db.query(
      `SELECT current_setting('statement_timeout') AS statement,
              current_setting('lock_timeout') AS lock,
              current_setting('idle_in_transaction_session_timeout') AS idle`,
    )) as { statement: string; lock: string; idle: string }[];
    expect(row).toEqual({ statement: '1500ms', lock: '700ms', idle: '4s' });
  });

  it('answers 503 with Retry-After when no pool connection comes free in time', async () => {
    const held: QueryRunner[] = [db.createQueryRunner(), db.createQueryRunner()];
    try {
      await Promise.all(held.map((runner) => runner.connect()));
      const started = Date.now();
      const res = await viewer.agent.get('/api/v1/startups').expect(503);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(res.headers['retry-after']).toBe('1');
      expect(res.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
    await viewer.agent.get('/api/v1/startups').expect(200);
  });

  it('cuts a statement that runs too long and a lock wait that lasts too long', async () => {
    await expect(db.query('SELECT pg_sleep(3)')).rejects.toMatchObject({
      driverError: { code: '57014' },
    });
    // A lock held elsewhere is waited for no longer than lock_timeout.
    const holder = db.createQueryRunner();
    await holder.connect();
    try {
      await holder.startTransaction();
      await holder.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [viewer.user.id]);
      await expect(
        db.query(`UPDATE users SET name = name WHERE id = $1`, [viewer.user.id]),
      ).rejects.toMatchObject({ driverError: { code: '55P03' } });
      await holder.rollbackTransaction();
    } finally {
      await holder.release();
    }
  });

  it('refuses a second connection asked for inside a transaction (the stall behind issue 10)', async () => {
    await expect(
      db.transaction(async () => {
        await db.query('SELECT 1');
      }),
    ).rejects.toBeInstanceOf(SecondConnectionInTransactionError);
    // Through the transaction's own manager the same query is fine.
    await expect(db.transaction((manager) => manager.query('SELECT 1 AS one'))).resolves.toEqual([
      { one: 1 },
    ]);
  });

  it('does not count sign-ins the database could not answer as wrong passwords', async () => {
    const held: QueryRunner[] = [db.createQueryRunner(), db.createQueryRunner()];
    const browser = request.agent(app.getHttpServer());
    const session = await browser.get('/api/v1/auth/session').expect(401);
    const csrf = setCookieValue(session, CSRF_COOKIE)!;
    const signIn = () =>
      browser
        .post('/api/v1/auth/sign-in')
        .set(CSRF_HEADER, csrf)
        .send({ email: viewer.user.email, password: TEST_PASSWORD });
    try {
      await Promise.all(held.map((runner) => runner.connect()));
      // More tries than the limit allows (10 per email and address), all during the "outage".
      for (let attempt = 0; attempt < 12; attempt++) await signIn().expect(503);
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
    await signIn().expect(200);
  });

  it('keeps health truthful', async () => {
    const res = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(res.body).toMatchObject({ database: 'up' });
  });
});
