import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { UserFacingError } from '../shared/user-facing-error';
import { firstOf } from '../shared/items';

export type PgClientProgram = 'pg_dump' | 'pg_restore';

/**
 * How to call a PostgreSQL client program on a database URL without its password on the command
 * line (where `ps` shows it to every user of the machine): the password goes in PGPASSWORD.
 */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: password ? { ...process.env, PGPASSWORD: password } : process.env,
  };
}

/** Runs a PostgreSQL client program from PATH; rejects with its error output when it fails. */
export function runPgClient(
  program: PgClientProgram,
  url: string,
  args: string[],
): Promise<string> {
  const { dbname, env } = connection(url);
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...args, `--dbname=${dbname}`], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new UserFacingError(
              `${program} is not on PATH. Install the PostgreSQL client of your server's version ` +
                '(Debian: apt-get install postgresql-client-15).',
            )
          : error,
      ),
    );
    child.once('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${program} failed (exit ${code}):\n${stderr.trim()}`));
    });
  });
}

/** The major version of a client program on PATH (`pg_dump (PostgreSQL) 15.20` → 15). */
export async function clientMajorVersion(program: PgClientProgram): Promise<number> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(program, ['--version']);
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new UserFacingError(`${program} is not on PATH: install the PostgreSQL client.`)
          : error,
      ),
    );
    child.once('close', () => resolve(text));
  });
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(output);
  if (!match) throw new Error(`Cannot read the version of ${program} from "${output.trim()}"`);
  return Number(match[1]);
}

/** Runs one query on its own connection. */
export async function queryOnce<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The server's major version (150020 → 15). */
export async function serverMajorVersion(url: string): Promise<number> {
  const row = firstOf(
    await queryOnce<{ server_version_num: string }>(url, 'SHOW server_version_num'),
  );
  return Math.floor(Number(row.server_version_num) / 10_000);
}

/**
 * Refuses a client older than the server: pg_dump cannot dump a newer server, and pg_restore may
 * not read what a newer pg_dump wrote. A newer client is fine (it reads and writes older ones).
 */
export async function assertClientFitsServer(program: PgClientProgram, url: string): Promise<void> {
  const [client, server] = await Promise.all([
    clientMajorVersion(program),
    serverMajorVersion(url),
  ]);
  if (client < server) {
    throw new UserFacingError(
      `${program} is PostgreSQL ${client}, the server is PostgreSQL ${server}: install the ` +
        `client of version ${server} or later (Debian: postgresql-client-${server}).`,
    );
  }
}
