import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { findBinaries } from './binaries';
import { initialiseDataFolder, isInitialised, readPassword, SUPERUSER } from './data-folder';
import { freePort } from './free-port';
import { stopLeftoverServer } from './leftover-server';
import { serverAccount } from './server-account';

export interface EmbeddedPostgresOptions {
  /** The data folder: created (initdb) when missing, reused with its data when present. */
  dataDir: string;
  /** Default: a free port of 127.0.0.1. */
  port?: number;
  /** Default 100, PostgreSQL's own: room for the API's and the worker's pools and for tools. */
  maxConnections?: number;
  /**
   * Run the server in a process group of its own, so that a Ctrl-C in the terminal reaches only
   * the caller, which stops the server after its apps have closed their connections. Default
   * false: the server gets the terminal's signals with the caller (a test run stopped with Ctrl-C
   * leaves no server behind).
   */
  detached?: boolean;
}

/** A running PostgreSQL server started from the npm binaries. */
export interface EmbeddedPostgres {
  /** Connection URL of the `postgres` database as the superuser, on 127.0.0.1. */
  url: string;
  port: number;
  /** The postmaster's process id. */
  pid: number;
  /** Whether this start created the data folder. */
  created: boolean;
  /** Fast shutdown (open transactions are rolled back, everything committed is on disk). */
  stop(): Promise<void>;
  /** Asks for the same shutdown and returns at once: for `process.on('exit')`, which cannot wait. */
  stopSoon: () => void;
}

/** The server's own messages (start, stop, errors) go to this file in the data folder. */
const LOG_FILE = 'server.log';
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * Starts PostgreSQL on `dataDir`, creating the folder first when it is new. It listens on
 * 127.0.0.1 only (no Unix socket: TCP with a password is the one way in), with fsync on.
 * The caller must be the folder's only user (see `stopLeftoverServer`).
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const { dataDir, maxConnections = 100, detached = false } = options;
  const [binaries, account] = await Promise.all([findBinaries(), serverAccount()]);
  const created = !isInitialised(dataDir);
  if (created) await initialiseDataFolder(dataDir, binaries, account);
  else await stopLeftoverServer(dataDir);

  const port = options.port ?? (await freePort());
  const password = await readPassword(dataDir);
  const logPath = join(dataDir, LOG_FILE);
  const log = openSync(logPath, 'a');
  let server: ChildProcess;
  try {
    server = spawn(
      binaries.postgres,
      [
        '-D',
        dataDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        `max_connections=${maxConnections}`,
        // PostgreSQL's default, written out: a commit survives a crash of the machine.
        '-c',
        'fsync=on',
      ],
      {
        ...account,
        detached,
        // A file, not a pipe: the server keeps logging when the caller is gone.
        stdio: ['ignore', log, log],
        env: { ...process.env, LC_MESSAGES: 'C' },
      },
    );
  } finally {
    closeSync(log);
  }
  const url = `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}/postgres`;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  // A program that cannot be started at all reports it here, and never exits.
  let spawnError: Error | null = null;
  server.once('error', (error) => (spawnError = error));
  const running = () =>
    spawnError === null && server.exitCode === null && server.signalCode === null;

  try {
    await waitUntilReady(url, running);
  } catch (error) {
    if (running()) server.kill('SIGQUIT');
    // A program that could not be started says why better than the wait that gave up.
    const message = (spawnError ?? (error as Error)).message;
    throw new Error(`${message}\n${logTail(logPath)}`, { cause: error });
  }

  return {
    url,
    port,
    // Set once the program has started, which its answering proves.
    pid: server.pid!,
    created,
    stopSoon: () => {
      if (running()) server.kill('SIGINT');
    },
    stop: async () => {
      if (!running()) return;
      server.kill('SIGINT');
      const timer = setTimeout(() => server.kill('SIGQUIT'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Connects until the server answers; fails when it exits first or does not answer in time. */
async function waitUntilReady(url: string, running: () => boolean): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (!running()) throw new Error('PostgreSQL exited before it accepted connections');
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      // Not listening yet, or "the database system is starting up": try again.
      if (Date.now() > deadline) {
        throw new Error(`PostgreSQL did not accept connections within ${READY_TIMEOUT_MS} ms`, {
          cause: error,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function logTail(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').slice(-15).join('\n');
  } catch {
    return '';
  }
}
