import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CSRF_COOKIE, CSRF_HEADER } from '@kohorte/contracts';
import { UserEntity, UsersService } from '@kohorte/server/auth';
import { dataSourceOptions } from '@kohorte/server/database';
import { DataSource } from 'typeorm';
import { firstOf, freePort, itemAt } from '@kohorte/server/testing';
import { TEST_PASSWORD, uniqueEmail } from './support/sign-in';

// The API as production runs it (`node apps/api/dist/main.js`); the test task builds it first
// (apps/api/turbo.json).
const API_MAIN = join(process.cwd(), 'dist', 'main.js');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The real API in a process of its own; resolves once it listens. */
function startApi(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [API_MAIN], {
    env: { ...process.env, PORT: String(port), PUBLIC_URL: `http://localhost:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API not listening: ${output}`)), 60_000);
    const poll = setInterval(() => {
      if (!output.includes('Kohorte API listening')) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ child, output: () => output });
    }, 50);
    child.once('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`API exited (${code ?? signal}): ${output}`));
    });
  });
}

describe('the API process on signals', () => {
  let db: DataSource;
  let api: { child: ChildProcess; output: () => string };
  let base: string;
  let cookie: string;
  let csrf: string;

  beforeAll(async () => {
    db = new DataSource(dataSourceOptions({ url: process.env.DATABASE_URL!, poolSize: 2 }));
    await db.initialize();
    const email = uniqueEmail('drain');
    await new UsersService(db.getRepository(UserEntity)).create({
      email,
      name: 'Drain Manager',
      password: TEST_PASSWORD,
      role: 'manager',
      locale: 'en',
    });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = await startApi(port);

    const session = await fetch(`${base}/api/v1/auth/session`);
    const preCsrf = session.headers
      .getSetCookie()
      .find((line) => line.startsWith(`${CSRF_COOKIE}=`))!;
    const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: firstOf(preCsrf.split(';')),
        [CSRF_HEADER]: decodeURIComponent(itemAt(firstOf(preCsrf.split(';')).split('='), 1)),
      },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookies = signIn.headers.getSetCookie().map((line) => firstOf(line.split(';')));
    cookie = cookies.join('; ');
    csrf = decodeURIComponent(
      itemAt(cookies.find((c) => c.startsWith(`${CSRF_COOKIE}=`))!.split('='), 1),
    );
  }, 90_000);

  afterAll(async () => {
    if (api?.child.exitCode === null) api.child.kill('SIGKILL');
    await db?.destroy();
  });

  it('keeps serving on SIGUSR2 (a diagnostics signal, not a stop)', async () => {
    api.child.kill('SIGUSR2');
    await sleep(500);
    expect(api.child.exitCode).toBeNull();
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it('on SIGTERM finishes the request in flight, refuses new connections, then exits 0', async () => {
    const startup = firstOf(
      (await db.query(`INSERT INTO startups (name) VALUES ('Drain GmbH') RETURNING id`)) as {
        id: string;
      }[],
    );
    // The request in flight: an edit that waits for the row lock the test holds.
    const holder = db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT id FROM startups WHERE id = $1 FOR UPDATE`, [startup.id]);
    const inFlight = fetch(`${base}/api/v1/startups/${startup.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie, [CSRF_HEADER]: csrf },
      body: JSON.stringify({ city: 'Leipzig' }),
    });
    await sleep(300);
    const exited = once(api.child, 'exit');
    api.child.kill('SIGTERM');
    await sleep(300);
    // Draining: no new connection is taken, the one in flight is not cut.
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
    await holder.commitTransaction();
    await holder.release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { city: string }).city).toBe('Leipzig');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
  }, 60_000);
});
