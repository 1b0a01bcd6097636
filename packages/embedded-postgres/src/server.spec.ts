import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { isRunning, waitForEnd } from './leftover-server';
import { startPrivatePostgres, type PrivatePostgres } from './private-server';
import { startEmbeddedPostgres } from './server';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Processes whose command line names `dataDir`: the postmaster and its children. */
function serverProcessesOf(dataDir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** A folder that the server's own user (`postgres`, when the tests run as root) can enter. */
async function scratchFolder(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'kohorte-postgres-test-'));
  await chmod(folder, 0o711);
  return folder;
}

describe('a private PostgreSQL server', () => {
  let server: PrivatePostgres;

  beforeAll(async () => {
    server = await startPrivatePostgres({ maxConnections: 60 });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  it('runs queries on many connections at the same time', async () => {
    const pool = new Pool({ connectionString: server.url, max: 40 });
    try {
      // 40 sleeps of 0.5 s that finish together: one connection at a time would take 20 s.
      const started = Date.now();
      await Promise.all(Array.from({ length: 40 }, () => pool.query('SELECT pg_sleep(0.5)')));
      expect(Date.now() - started).toBeLessThan(10_000);

      // Interleaved transactions and parameterised queries, each whole and isolated.
      await pool.query('CREATE TABLE hits (id int PRIMARY KEY, n int NOT NULL)');
      const transaction = async (i: number) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query(
            'INSERT INTO hits VALUES ($1, 1) ON CONFLICT (id) DO UPDATE SET n = hits.n + 1',
            [i % 20],
          );
          await client.query('SELECT n FROM hits WHERE id = $1', [i % 20]);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      };
      const results = await Promise.allSettled(
        Array.from({ length: 600 }, (_, i) =>
          i % 3 === 0 ? transaction(i) : pool.query('SELECT $1::int + 1 AS n', [i]),
        ),
      );
      expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
      const sum = await pool.query<{ total: number }>('SELECT sum(n)::int AS total FROM hits');
      expect(sum.rows).toEqual([{ total: 200 }]);

      // A query on another connection while a transaction is open is answered (PGlite, one
      // connection behind a queue, made it wait for the transaction's end: for ever, when the
      // transaction waited for it).
      const inTransaction = await pool.connect();
      try {
        await inTransaction.query('BEGIN');
        await inTransaction.query('UPDATE hits SET n = n WHERE id = 0');
        const counted = await pool.query<{ count: number }>(
          'SELECT count(*)::int AS count FROM hits',
        );
        expect(counted.rows).toEqual([{ count: 20 }]);
        await inTransaction.query('COMMIT');
      } finally {
        inTransaction.release();
      }
    } finally {
      await pool.end();
    }
  }, 60_000);

  it('has pg_trgm and the character rules of C.UTF-8', async () => {
    await query(server.url, 'CREATE EXTENSION pg_trgm');
    const [row] = await query<{ similar: boolean; lower: string; matches: boolean }>(
      server.url,
      `SELECT similarity('Gründerzentrum', 'Gruenderzentrum') > 0.3 AS similar,
              lower('ÄÖÜ') AS lower, 'Äpfel aus Leipzig' ILIKE '%äpfel%' AS matches`,
    );
    expect(row).toEqual({ similar: true, lower: 'äöü', matches: true });
  }, 30_000);

  it('listens on 127.0.0.1 only, with a password, fsync on and the connections asked for', async () => {
    const settings = await query<{ name: string; setting: string }>(
      server.url,
      `SELECT name, setting FROM pg_settings WHERE name IN
         ('listen_addresses', 'unix_socket_directories', 'fsync', 'max_connections')
       ORDER BY name`,
    );
    expect(settings).toEqual([
      { name: 'fsync', setting: 'on' },
      { name: 'listen_addresses', setting: '127.0.0.1' },
      { name: 'max_connections', setting: '60' },
      { name: 'unix_socket_directories', setting: '' },
    ]);
    const wrong = new URL(server.url);
    wrong.password = 'not-the-password';
    await expect(query(wrong.toString(), 'SELECT 1')).rejects.toThrow(
      /password authentication failed/,
    );
  }, 30_000);
});

describe('a server in a data folder', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await scratchFolder();
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps its data across a stop and a start, and leaves no process when stopped', async () => {
    const dataDir = join(folder, 'data');
    const first = await startEmbeddedPostgres({ dataDir });
    expect(first.created).toBe(true);
    await query(first.url, "CREATE TABLE kept AS SELECT 'still here' AS note");
    await first.stop();
    expect(isRunning(first.pid)).toBe(false);
    expect(serverProcessesOf(dataDir)).toEqual([]);

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(second.created).toBe(false);
      expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    } finally {
      await second.stop();
    }
    expect(serverProcessesOf(dataDir)).toEqual([]);
  }, 120_000);

  it('stops at once when the server is already gone', async () => {
    const server = await startPrivatePostgres();
    process.kill(server.pid, 'SIGKILL');
    expect(await waitForEnd(server.pid, 10_000)).toBe(true);
    const started = Date.now();
    await server.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 120_000);
});
