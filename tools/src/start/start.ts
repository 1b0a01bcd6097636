/**
 * `npm start`: Kohorte on one port with demo data. Redis from REDIS_URL, the local one, or a
 * private redis-server; PostgreSQL from DATABASE_URL or an embedded PostgreSQL in .data/postgres; then
 * migrations, demo data on the first start, the API (serving the web build) and the worker in
 * this one process. Ctrl-C closes everything in order.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { closeGracefully, createApp } from '@kohorte/api';
import { createWorker } from '@kohorte/worker';
import { isInitialised, startEmbeddedPostgres } from '@kohorte/embedded-postgres';
import { loadConfig } from '@kohorte/server/config';
import { runMigrations } from '@kohorte/server/database';
import { repoRoot } from '../shared/repo-root';
import { UserFacingError } from '../shared/user-facing-error';
import { acquireLockFile } from './lock-file';
import { describeDatabaseUrl, seedDemoIfEmpty } from './demo-step';
import { DEFAULT_REDIS, findOnPath, pingRedis, planRedis, startPrivateRedis } from './redis';
import { Shutdown } from './shutdown';
import { printBanner } from './banner';

const log = (message: string) => console.log(`[kohorte] ${message}`);

/** The database URL, and the embedded database's folder when there is one. */
async function startDatabase(
  root: string,
  shutdown: Shutdown,
): Promise<{ url: string; dataDir: string | null }> {
  if (process.env.DATABASE_URL) {
    log(`Database: ${describeDatabaseUrl(process.env.DATABASE_URL)} (DATABASE_URL)`);
    return { url: process.env.DATABASE_URL, dataDir: null };
  }
  const dataDir = join(root, '.data', 'postgres');
  shutdown.addStore('the data folder lock', acquireLockFile(join(root, '.data', 'postgres.lock')));
  log(
    `Database: embedded PostgreSQL in ${relative(root, dataDir)}` +
      (isInitialised(dataDir) ? '' : ' (new: creating it takes a few seconds)'),
  );
  if (existsSync(join(root, '.data', 'pglite'))) {
    log('Database: .data/pglite (the former embedded database) is no longer used; delete it');
  }
  // Its own process group: a Ctrl-C in the terminal reaches only the runner, which stops
  // PostgreSQL after the API and the worker have closed their connections.
  const database = await startEmbeddedPostgres({ dataDir, detached: true });
  // Also on a crash: the server must not outlive the runner.
  process.once('exit', database.stopSoon);
  shutdown.addStore('the embedded PostgreSQL', () => database.stop());
  return { url: database.url, dataDir };
}

async function startRedis(root: string, shutdown: Shutdown): Promise<string> {
  const plan = await planRedis({
    env: process.env,
    defaultAnswers: () => pingRedis(DEFAULT_REDIS.host, DEFAULT_REDIS.port),
    findServerBinary: () => findOnPath('redis-server'),
  });
  switch (plan.kind) {
    case 'configured':
      log('Redis: REDIS_URL');
      return plan.url;
    case 'local':
      log(`Redis: ${plan.url}`);
      return plan.url;
    case 'private': {
      const dir = join(root, '.data', 'redis');
      const redis = await startPrivateRedis(plan.binary, dir);
      // Also on a crash: a redis-server of our own must not outlive the runner.
      process.once('exit', redis.kill);
      shutdown.addStore('the private Redis', () => redis.stop());
      log(`Redis: nothing at 127.0.0.1:6379, started a private redis-server at ${redis.url}`);
      return redis.url;
    }
    case 'missing':
      throw new UserFacingError(plan.message);
  }
}

function webDist(root: string): string {
  if (process.env.WEB_DIST !== undefined) return process.env.WEB_DIST;
  const dist = join(root, 'apps', 'web', 'dist', 'browser');
  if (existsSync(join(dist, 'index.html'))) return dist;
  log(`Web: no build in ${relative(root, dist)}; serving the API only (npm start builds it)`);
  return '';
}

async function main(shutdown: Shutdown): Promise<void> {
  const root = repoRoot();
  const envFile = join(root, '.env');
  if (existsSync(envFile)) {
    process.loadEnvFile(envFile);
    log('Settings: .env (variables set in the shell take precedence)');
  }
  // Nest's start-up lines would bury the runner's own; LOG_LEVEL=log brings them back.
  process.env.LOG_LEVEL ??= 'warn';
  // Redis first: without one the runner stops before it creates a database.
  process.env.REDIS_URL = await startRedis(root, shutdown);
  const database = await startDatabase(root, shutdown);
  process.env.DATABASE_URL = database.url;
  process.env.WEB_DIST = webDist(root);
  const config = loadConfig();

  const applied = await runMigrations(config.databaseUrl);
  log(`Migrations: ${applied.length > 0 ? `applied ${applied.join(', ')}` : 'up to date'}`);

  const demo = await seedDemoIfEmpty(config.databaseUrl);
  log(
    demo.written
      ? `Demo data: ${Object.entries(demo.written)
          .map(([kind, count]) => `${count} ${kind}`)
          .join(', ')}`
      : 'Demo data: not added, the database already has users',
  );

  if (shutdown.started) return;
  const app = await createApp();
  // Within the runner's own shutdown limit: requests in flight finish, then the API closes.
  shutdown.addApp('the API', () => closeGracefully(app, 10_000));
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new UserFacingError(
      `Port ${config.port} is in use: stop what runs there, or set PORT to another port.`,
      { cause: error },
    );
  }
  log(`API: listening on port ${config.port}`);

  if (shutdown.started) return;
  const worker = await createWorker();
  shutdown.addApp('the worker', () => worker.close());
  log('Worker: processing jobs');

  printBanner({
    url: await app.getUrl(),
    host: config.host,
    demoAccounts: demo.accountsPresent,
    dataFolder: database.dataDir && relative(root, database.dataDir),
    smtp: config.smtpUrl !== null,
  });
}

function run(): void {
  const shutdown = new Shutdown();
  const stop = (code: number) => {
    void shutdown.run(log).then(() => process.exit(code));
  };
  // Registered before the apps exist, and never removed: Nest's own shutdown hooks close an app
  // on the same signal and then raise the signal again, which must land here, not kill the
  // process before the database and Redis are closed.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (!shutdown.started) log('Stopping…');
      stop(0);
    });
  }
  main(shutdown).catch((error: unknown) => {
    if (error instanceof UserFacingError) log(error.message);
    else console.error(error);
    stop(1);
  });
}

run();
