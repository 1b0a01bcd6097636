import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './server';

/** A PostgreSQL server of one's own in a temporary folder, for tests. */
export interface PrivatePostgres {
  /** Connection URL of its `postgres` database as the superuser. */
  url: string;
  /** The postmaster's process id: a fault-injection test may signal it (SIGKILL, SIGSTOP). */
  pid: number;
  /** Stops the server (whatever state a test left it in) and deletes its folder. */
  stop(): Promise<void>;
  /**
   * Shuts the server down (fast shutdown: sessions are cut, open transactions rolled back) and
   * keeps its data, so that a test can see its apps through an outage until `restart()`.
   */
  halt(): Promise<void>;
  /** Starts a halted server again on the same data and port (same `url`); `pid` changes. */
  restart(): Promise<void>;
}

/**
 * Starts a new PostgreSQL (with contrib: pg_trgm and the rest) in a temporary folder on a free
 * port; ≈ 1–2 s, most of it initdb. Tests that break or stop the database use it rather than the
 * shared server.
 */
export async function startPrivatePostgres(
  options: { maxConnections?: number } = {},
): Promise<PrivatePostgres> {
  const folder = await mkdtemp(join(tmpdir(), 'kohorte-postgres-'));
  // Run as root, the server's own user must be able to enter the folder.
  await chmod(folder, 0o711);
  const dataDir = join(folder, 'data');
  try {
    let server: EmbeddedPostgres | null = await startEmbeddedPostgres({ dataDir, ...options });
    const { url, port } = server;
    const handle: PrivatePostgres = {
      url,
      pid: server.pid,
      stop: async () => {
        await server?.stop();
        server = null;
        await rm(folder, { recursive: true, force: true });
      },
      halt: async () => {
        await server?.stop();
        server = null;
      },
      restart: async () => {
        if (server) return;
        server = await startEmbeddedPostgres({ dataDir, port, ...options });
        handle.pid = server.pid;
      },
    };
    return handle;
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}
