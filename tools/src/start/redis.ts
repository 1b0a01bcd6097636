import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { Socket } from 'node:net';
import { delimiter, join } from 'node:path';
import { freePort } from '@kohorte/embedded-postgres';

/** Where the local runner gets Redis from. */
export type RedisPlan =
  | { kind: 'configured'; url: string }
  | { kind: 'local'; url: string }
  | { kind: 'private'; binary: string }
  | { kind: 'missing'; message: string };

export const DEFAULT_REDIS = { host: '127.0.0.1', port: 6379 } as const;

export const MISSING_REDIS_MESSAGE =
  'Redis is needed and none answers at 127.0.0.1:6379: install it (Debian/Ubuntu: `sudo apt-get install redis-server`, macOS: `brew install redis`) or set REDIS_URL to a running one.';

export interface RedisFacts {
  env: NodeJS.ProcessEnv;
  /** True when a Redis answers PING at the default address. */
  defaultAnswers: () => Promise<boolean>;
  /** Path of an executable `redis-server`, or null. */
  findServerBinary: () => string | null;
}

/**
 * REDIS_URL when set (not probed: it may need TLS or a password); else the usual local Redis when
 * it answers; else a private `redis-server` when one is installed; else an explanation.
 */
export async function planRedis({
  env,
  defaultAnswers,
  findServerBinary,
}: RedisFacts): Promise<RedisPlan> {
  if (env.REDIS_URL) return { kind: 'configured', url: env.REDIS_URL };
  if (await defaultAnswers()) {
    return { kind: 'local', url: `redis://${DEFAULT_REDIS.host}:${DEFAULT_REDIS.port}` };
  }
  const binary = findServerBinary();
  if (binary) return { kind: 'private', binary };
  return { kind: 'missing', message: MISSING_REDIS_MESSAGE };
}

/** The first executable called `name` in the PATH list, or null. */
export function findOnPath(
  name: string,
  path: string | undefined = process.env.PATH,
): string | null {
  for (const dir of (path ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next folder
    }
  }
  return null;
}

/**
 * True when something at host:port answers a RESP PING within the timeout. Any RESP reply counts
 * (`+PONG`, or `-NOAUTH` from a Redis that wants a password): a Redis is there either way.
 */
export function pingRedis(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const finish = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('data', (chunk) =>
      finish(chunk.length > 0 && '+-'.includes(chunk.toString('latin1', 0, 1))),
    );
    socket.connect(port, host, () => socket.write('PING\r\n'));
  });
}

/** A redis-server started by the runner, with no persistence; it lives as long as the runner. */
export interface PrivateRedis {
  url: string;
  /** Stops the server now, synchronously (for `process.on('exit')`). */
  kill: () => void;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 5000;

export async function startPrivateRedis(binary: string, dir: string): Promise<PrivateRedis> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir];
  args.push('--save', '', '--appendonly', 'no', '--daemonize', 'no');
  // Its own process group: a Ctrl-C in the terminal reaches only the runner, which stops Redis
  // after the app and worker have closed their connections.
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(chunk.toString());
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  try {
    await waitUntilAnswering(child, port);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${output.join('').trim()}`, { cause: error });
  }
  child.stdout?.removeListener('data', keep);
  child.stderr?.removeListener('data', keep);
  child.stdout?.resume();
  child.stderr?.resume();

  return {
    url: `redis://127.0.0.1:${port}`,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
    stop: () => stopChild(child),
  };
}

async function waitUntilAnswering(child: ChildProcess, port: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `redis-server exited (${child.exitCode ?? child.signalCode}) before it answered`,
      );
    }
    if (await pingRedis('127.0.0.1', port, 200)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not answer on port ${port} within ${START_TIMEOUT_MS} ms`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
