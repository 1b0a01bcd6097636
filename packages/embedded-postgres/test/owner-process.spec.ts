import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { isRunning, waitForEnd } from '../src/leftover-server';
import { startEmbeddedPostgres } from '../src/server';

// The process that owns a server is the runner of `npm start`; here a stand-in for it
// (fixtures/owner-process.mjs, which loads this package's build) is stopped in each way a runner
// ends, and the server must end with it, or be recovered by the next start. Jest runs in the
// package's folder (`npm test`, turbo).
const FIXTURE = join(process.cwd(), 'test', 'fixtures', 'owner-process.mjs');
const BUILD = join(process.cwd(), 'dist', 'index.js');

interface Owner {
  process: ChildProcess;
  url: string;
  pid: number;
  exited: Promise<number | null>;
}

function startOwner(dataDir: string, ...args: string[]): Promise<Owner> {
  const child = spawn(process.execPath, [FIXTURE, dataDir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const errors: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      const { url, pid } = JSON.parse(line) as { url: string; pid: number };
      resolve({ process: child, url, pid, exited });
    });
    void exited.then((code) => reject(new Error(`The owner exited (${code}): ${errors.join('')}`)));
  });
}

async function count(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE TABLE IF NOT EXISTS starts (at timestamptz NOT NULL)');
    await client.query('INSERT INTO starts VALUES (now())');
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM starts');
    const [row] = rows;
    if (!row) throw new Error('count(*) returned no row');
    return row.n;
  } finally {
    await client.end();
  }
}

describe('the server of a process that ends', () => {
  let folder: string;
  let dataDir: string;

  beforeAll(() => {
    if (!existsSync(BUILD))
      throw new Error(`The fixture loads ${BUILD}: build the package first (npm run build)`);
  });

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kohorte-postgres-owner-'));
    // Run as root, the server's own user must be able to enter the folder.
    await chmod(folder, 0o711);
    dataDir = join(folder, 'data');
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'stops with its owner on %s',
    async (signal) => {
      const owner = await startOwner(dataDir);
      expect(await count(owner.url)).toBe(1);
      owner.process.kill(signal);
      expect(await owner.exited).toBe(0);
      expect(isRunning(owner.pid)).toBe(false);
    },
    120_000,
  );

  it('stops when its owner crashes', async () => {
    const owner = await startOwner(dataDir, '--crash');
    expect(await owner.exited).not.toBe(0);
    // The owner asked for a fast shutdown on its way out; the server finishes it alone.
    expect(await waitForEnd(owner.pid, 30_000)).toBe(true);
  }, 120_000);

  it('is stopped by the next start when its owner was killed', async () => {
    const owner = await startOwner(dataDir);
    expect(await count(owner.url)).toBe(1);
    owner.process.kill('SIGKILL');
    await owner.exited;
    // Nothing runs on SIGKILL: the server outlives its owner, with its postmaster.pid.
    expect(isRunning(owner.pid)).toBe(true);

    const next = await startEmbeddedPostgres({ dataDir });
    try {
      expect(isRunning(owner.pid)).toBe(false);
      expect(next.created).toBe(false);
      expect(await count(next.url)).toBe(2);
    } finally {
      await next.stop();
    }
  }, 120_000);
});
