import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { freePort, type PrivatePostgres, startPrivatePostgres } from '@kohorte/embedded-postgres';
import { runMigrations } from '@kohorte/server/database';
import { startRedisServer } from '@kohorte/server/testing';
import { Pool } from 'pg';
import { type AppProcess, startAppProcess, stopAppProcess, waitFor } from './app-process';
import { Replicas } from './http-client';
import { MailSink } from './mail-sink';

export interface FleetOptions {
  root: string;
  apis: number;
  workers: number;
  /** Extra environment for every process. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Kohorte in its production shape on one machine: API and worker processes from their builds,
 * sharing a private PostgreSQL, a private Redis (no persistence) and an SMTP sink, all started
 * here and stopped by `stop()`.
 */
export class Fleet {
  readonly apis: AppProcess[] = [];
  readonly workers: AppProcess[] = [];
  readonly apiBases: string[] = [];
  readonly workerMetrics: string[] = [];
  readonly sink = new MailSink();
  postgres!: PrivatePostgres;
  redis!: ChildProcess;
  redisPort = 0;
  /** The test's own connections, for counting and for seeding; survives the database's restart. */
  db!: Pool;
  env: NodeJS.ProcessEnv = {};

  constructor(private readonly options: FleetOptions) {}

  get replicas(): Replicas {
    return new Replicas(this.apiBases);
  }

  async start(): Promise<void> {
    const { root } = this.options;
    this.postgres = await startPrivatePostgres();
    await runMigrations(this.postgres.url);
    this.db = new Pool({ connectionString: this.postgres.url, max: 4 });
    // An idle connection cut by the database's restart must not end the test process.
    this.db.on('error', () => undefined);
    this.redisPort = await freePort();
    this.redis = await startRedisServer(this.redisPort);
    const smtpUrl = await this.sink.start();
    const apiPorts = await Promise.all(this.range(this.options.apis).map(() => freePort()));
    this.apiBases.push(...apiPorts.map((port) => `http://127.0.0.1:${port}`));
    this.env = {
      PATH: process.env.PATH,
      DATABASE_URL: this.postgres.url,
      REDIS_URL: `redis://127.0.0.1:${this.redisPort}`,
      REDIS_PREFIX: 'kohorte-fleet',
      PUBLIC_URL: this.apiBases[0],
      SMTP_URL: smtpUrl,
      MAIL_FROM: 'Kohorte <kohorte@test.kohorte.dev>',
      TRUST_PROXY: 'loopback',
      WEB_DIST: '',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'log',
      MIGRATE_ON_START: 'false',
      ...this.options.env,
    };
    apiPorts.forEach((port, i) => {
      this.apis.push(
        startAppProcess(`api-${i + 1}`, join(root, 'apps/api/dist/main.js'), {
          ...this.env,
          PORT: String(port),
        }),
      );
    });
    for (const i of this.range(this.options.workers)) {
      const metricsPort = await freePort();
      this.workerMetrics.push(`http://127.0.0.1:${metricsPort}/metrics`);
      this.workers.push(
        startAppProcess(`worker-${i + 1}`, join(root, 'apps/worker/dist/main.js'), {
          ...this.env,
          METRICS_PORT: String(metricsPort),
        }),
      );
    }
    // Four Node processes starting on a machine busy with other test suites: give them time.
    await Promise.all([
      ...this.apiBases.map((base) =>
        waitFor(
          `${base} to be ready`,
          async () => (await fetch(`${base}/api/health/ready`)).ok,
          180_000,
        ),
      ),
      ...this.workerMetrics.map((url) =>
        waitFor(`the worker’s metrics at ${url}`, async () => (await fetch(url)).ok, 180_000),
      ),
    ]);
  }

  /** Creates a staff account with the API's own command. */
  createUser(email: string, password: string, role: 'admin' | 'manager' | 'viewer'): void {
    const created = spawnSync(
      process.execPath,
      [
        join(this.options.root, 'apps/api/dist/cli/create-user.js'),
        ...['--email', email, '--name', 'Fleet User', '--role', role],
      ],
      { env: { ...this.env, KOHORTE_NEW_USER_PASSWORD: password }, encoding: 'utf8' },
    );
    if (created.status !== 0) throw new Error(`create-user failed: ${created.stderr}`);
  }

  /** Kills Redis outright; it restarts empty (no persistence) with `startRedis()`. */
  async killRedis(): Promise<void> {
    const exited = new Promise((resolve) => this.redis.once('exit', resolve));
    this.redis.kill('SIGKILL');
    await exited;
  }

  /** A Redis command's output (redis-cli), for what the metrics do not show. */
  redisCommand(...args: string[]): string {
    const result = spawnSync('redis-cli', ['-p', String(this.redisPort), ...args], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`redis-cli ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  }

  async startRedis(): Promise<void> {
    this.redis = await startRedisServer(this.redisPort);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.apis, ...this.workers].map((app) => stopAppProcess(app)));
    await this.db?.end().catch(() => undefined);
    this.redis?.kill('SIGKILL');
    await this.sink.stop().catch(() => undefined);
    await this.postgres?.stop();
  }

  private range(n: number): number[] {
    return Array.from({ length: n }, (_, i) => i);
  }
}
