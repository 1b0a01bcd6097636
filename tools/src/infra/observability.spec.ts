import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createTestDatabase,
  dropTestDatabase,
  type TestDatabase,
  testRedisPrefix,
} from '@kohorte/server/testing';
import { freePort } from '@kohorte/embedded-postgres';
import { repoRoot } from '../shared/repo-root';
import { firstOf } from '../shared/items';

/** An API or worker from its build, as production runs it, with its output kept line by line. */
interface AppProcess {
  child: ChildProcess;
  lines: string[];
}

function startProcess(script: string, env: NodeJS.ProcessEnv): AppProcess {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let partial = '';
  const keep = (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, lines };
}

async function stopProcess(app: AppProcess | undefined): Promise<void> {
  if (!app || app.child.exitCode !== null || app.child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => app.child.kill('SIGKILL'), 15_000);
    app.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    app.child.kill('SIGTERM');
  });
}

/** The JSON log records a process printed (LOG_FORMAT=json), skipping any plain line. */
function records(app: AppProcess): Array<Record<string, unknown>> {
  return app.lines
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  ms = 45_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function cookieHeader(res: Response, jar: Map<string, string>): string {
  for (const line of res.headers.getSetCookie()) {
    const pair = firstOf(line.split(';'));
    const at = pair.indexOf('=');
    jar.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1)));
  }
  return [...jar].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ');
}

describe('logs and metrics of a production-shaped API and worker', () => {
  const root = repoRoot(process.cwd());
  const email = `ops-${randomBytes(4).toString('hex')}@test.kohorte.dev`;
  const password = 'correct horse battery staple';
  let database: TestDatabase;
  let api: AppProcess | undefined;
  let worker: AppProcess | undefined;
  let baseUrl: string;
  let apiMetrics: string;
  let workerMetrics: string;

  beforeAll(async () => {
    database = await createTestDatabase('kohorte_test_observability');
    const [port, apiMetricsPort, workerMetricsPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    baseUrl = `http://127.0.0.1:${port}`;
    apiMetrics = `http://127.0.0.1:${apiMetricsPort}/metrics`;
    workerMetrics = `http://127.0.0.1:${workerMetricsPort}/metrics`;
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      DATABASE_URL: database.url,
      REDIS_URL: process.env.REDIS_URL,
      REDIS_PREFIX: testRedisPrefix(),
      PUBLIC_URL: baseUrl,
      PORT: String(port),
      WEB_DIST: '',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'log',
      MIGRATE_ON_START: 'false',
    };
    const created = spawnSync(
      process.execPath,
      [
        join(root, 'apps/api/dist/cli/create-user.js'),
        ...['--email', email, '--name', 'Ops Admin', '--role', 'admin'],
      ],
      { env: { ...env, KOHORTE_NEW_USER_PASSWORD: password }, encoding: 'utf8' },
    );
    if (created.status !== 0) throw new Error(`create-user failed: ${created.stderr}`);

    api = startProcess(join(root, 'apps/api/dist/main.js'), {
      ...env,
      METRICS_PORT: String(apiMetricsPort),
    });
    worker = startProcess(join(root, 'apps/worker/dist/main.js'), {
      ...env,
      METRICS_PORT: String(workerMetricsPort),
    });
    await waitFor('the API to be ready', async () =>
      (await fetch(`${baseUrl}/api/health/ready`)).ok ? true : undefined,
    );
    await waitFor('the worker’s metrics', async () =>
      (await fetch(workerMetrics)).ok ? true : undefined,
    );
    // Two Node processes starting on a machine busy with other test suites: minutes, not seconds.
  }, 240_000);

  afterAll(async () => {
    await Promise.all([stopProcess(api), stopProcess(worker)]);
    if (database) await dropTestDatabase(database.name);
  }, 60_000);

  it('logs a request and the job it enqueued with the same request id', async () => {
    const jar = new Map<string, string>();
    const anonymous = await fetch(`${baseUrl}/api/v1/auth/session`);
    let cookie = cookieHeader(anonymous, jar);
    const signIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie,
        'x-xsrf-token': jar.get('XSRF-TOKEN') ?? '',
      },
      body: JSON.stringify({ email, password }),
    });
    expect(signIn.status).toBe(200);
    cookie = cookieHeader(signIn, jar);

    const requestId = `ops-test-${randomBytes(6).toString('hex')}`;
    const created = await fetch(`${baseUrl}/api/v1/startups`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie,
        'x-xsrf-token': jar.get('XSRF-TOKEN') ?? '',
        'x-request-id': requestId,
      },
      body: JSON.stringify({ name: 'Observed Robotics' }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-request-id')).toBe(requestId);

    const jobLine = await waitFor('the worker to log the score job', () =>
      Promise.resolve(
        records(worker!).find((r) => r.requestId === requestId && r.msg === 'job completed'),
      ),
    );
    expect(jobLine).toMatchObject({
      level: 30,
      context: 'Jobs',
      queue: 'startups',
      job: { name: 'startup.score-profile', attempt: 1 },
    });
    const requestLine = records(api!).find((r) => r.requestId === requestId);
    expect(requestLine).toMatchObject({
      msg: 'request completed',
      req: { method: 'POST', url: '/api/v1/startups' },
      res: { statusCode: 201 },
    });
    expect(requestLine).not.toHaveProperty('req.headers');

    // Never personal data or credentials: not the sign-in's email, not the session cookie.
    const everything = [...api!.lines, ...worker!.lines].join('\n');
    expect(everything).not.toContain(email);
    expect(everything).not.toContain(jar.get('kohorte_session') ?? 'no session cookie?');
  }, 60_000);

  it('serves the worker’s job metrics and the API’s request metrics on their metrics ports', async () => {
    const workerBody = await (await fetch(workerMetrics)).text();
    expect(workerBody).toMatch(
      /kohorte_job_duration_seconds_count\{queue="startups",name="startup.score-profile",outcome="completed"\} [1-9]/,
    );
    expect(workerBody).toMatch(/kohorte_db_pool_connections\{pool="worker"\} [1-9]/);
    expect(workerBody).toMatch(/kohorte_queue_jobs\{queue="startups",state="failed"\} 0/);
    // Nothing waits in either outbox here (the fault-injection test sees the job lag grow).
    expect(workerBody).toMatch(/kohorte_outbox_lag_seconds\{outbox="job"\} 0\n/);
    expect(workerBody).toMatch(/kohorte_outbox_lag_seconds\{outbox="mail"\} 0\n/);
    const apiBody = await (await fetch(apiMetrics)).text();
    expect(apiBody).toMatch(
      /kohorte_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/startups",status_class="2xx"\} 1/,
    );
  }, 30_000);
});
