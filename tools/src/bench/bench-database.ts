import { randomBytes } from 'node:crypto';
import { hashPassword } from '@kohorte/server/auth';
import { runMigrations } from '@kohorte/server/database';
import { profileCompleteness } from '@kohorte/server/startups';
import { Client } from 'pg';
import type { DemoStartup, VocabularyKeys } from '../demo/demo-startups';
import { groupVocabularyKeys, VOCABULARY_KEYS_SQL } from '../demo/vocabulary-keys';

/** A database of the benchmark's own on the PostgreSQL server, dropped at the end. */
export interface BenchDatabase {
  name: string;
  url: string;
  /** The server's version string, for the report. */
  serverVersion: string;
}

export function benchServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `kohorte_bench_${randomBytes(4).toString('hex')}`;
  const adminUrl = withDatabase(serverUrl, 'postgres');
  const serverVersion = await withClient(adminUrl, async (client) => {
    await client.query(`CREATE DATABASE "${name}"`);
    return ((await client.query('SHOW server_version')).rows[0] as { server_version: string })
      .server_version;
  });
  const url = withDatabase(serverUrl, name);
  await runMigrations(url);
  return { name, url, serverVersion };
}

export async function dropBenchDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(withDatabase(serverUrl, 'postgres'), (client) =>
    client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
}

const BATCH = 5000;
const DAY_MS = 24 * 3600 * 1000;

/** `{a,b}`: a Postgres array literal of vocabulary keys (letters, digits and dashes only). */
function arrayLiteral(keys: readonly string[]): string {
  return `{${keys.join(',')}}`;
}

/**
 * Inserts the startups in batches of one statement each: one array parameter per column,
 * expanded by unnest() (far fewer parameters and round trips than row-by-row inserts). Then
 * VACUUM ANALYZE, so that the planner sees the table as a running system would.
 */
export async function insertStartups(
  url: string,
  startups: readonly DemoStartup[],
  today: Date,
): Promise<void> {
  await withClient(url, async (client) => {
    for (let start = 0; start < startups.length; start += BATCH) {
      const batch = startups.slice(start, start + BATCH);
      const column = <T>(pick: (startup: DemoStartup, index: number) => T) =>
        batch.map((startup, index) => pick(startup, start + index));
      const createdAt = column((_, index) => new Date(today.getTime() - (index % 1000) * DAY_MS));
      await client.query(
        `INSERT INTO startups (name, one_liner, description, website, founded_on, stage, sectors,
           team_size, city, funding_raised_eur, funding_sought_eur, languages, topics, status,
           archived_at, profile_completeness, scored_revision, created_at, updated_at)
         SELECT name, one_liner, description, website, founded_on, stage, sectors::text[],
           team_size, city, funding_raised_eur, funding_sought_eur, languages::text[], topics::text[],
           CASE WHEN archived THEN 'archived' ELSE 'active' END,
           CASE WHEN archived THEN created_at END, completeness, 1, created_at, created_at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[],
           $7::text[], $8::int[], $9::text[], $10::bigint[], $11::bigint[], $12::text[], $13::text[],
           $14::boolean[], $15::timestamptz[], $16::smallint[])
           AS t(name, one_liner, description, website, founded_on, stage, sectors, team_size, city,
             funding_raised_eur, funding_sought_eur, languages, topics, archived, created_at,
             completeness)`,
        [
          column((s) => s.name),
          column((s) => s.oneLiner),
          column((s) => s.description),
          column((s) => s.website),
          column((s) => s.foundedOn),
          column((s) => s.stage),
          column((s) => arrayLiteral(s.sectors)),
          column((s) => s.teamSize),
          column((s) => s.city),
          column((s) => s.fundingRaisedEur),
          column((s) => s.fundingSoughtEur),
          column((s) => arrayLiteral(s.languages)),
          column((s) => arrayLiteral(s.topics)),
          column((s) => s.archived),
          createdAt,
          column((s) => profileCompleteness(s)),
        ],
      );
    }
    await client.query('VACUUM ANALYZE startups');
  });
}

/** A staff account for the benchmark to sign in with (the API's sign-in, a real session cookie). */
export async function createBenchUser(url: string): Promise<{ email: string; password: string }> {
  const credentials = {
    email: 'bench@kohorte.local',
    password: randomBytes(12).toString('base64url'),
  };
  const passwordHash = await hashPassword(credentials.password);
  await withClient(url, (client) =>
    client.query(
      `INSERT INTO users (email, name, password_hash, role) VALUES ($1, 'Bench', $2, 'viewer')`,
      [credentials.email, passwordHash],
    ),
  );
  return credentials;
}

/** The vocabulary keys the migrations seeded: the generator draws from these. */
export function loadVocabulary(url: string): Promise<VocabularyKeys> {
  return withClient(url, async (client) =>
    groupVocabularyKeys(
      (await client.query<{ kind: string; key: string }>(VOCABULARY_KEYS_SQL)).rows,
    ),
  );
}

/**
 * The sort key and id of the active startup at `offset` in the list's default order (by name):
 * the keyset position the bare server pages from.
 */
export function lastRowBefore(url: string, offset: number): Promise<{ key: string; id: string }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ key: string; id: string }>(
      `SELECT lower(name) AS key, id FROM startups WHERE status = 'active'
       ORDER BY lower(name), id OFFSET $1 LIMIT 1`,
      [offset - 1],
    );
    if (!rows[0]) throw new Error(`fewer than ${offset} active startups: use more --rows`);
    return rows[0];
  });
}

const IDLE_POLL_MS = 100;
const IDLE_TIMEOUT_MS = 120_000;

/**
 * Waits until no statement of another session runs in the database: a server stopped after a
 * slow endpoint (the common search takes seconds) leaves its statements running in PostgreSQL,
 * which would slow the next measurement down.
 */
export function waitUntilIdle(url: string): Promise<void> {
  return withClient(url, async (client) => {
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    for (;;) {
      const { rows } = await client.query<{ active: number }>(
        `SELECT count(*)::int AS active FROM pg_stat_activity
         WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      if ((rows[0]?.active ?? 0) === 0) return;
      if (Date.now() > deadline) throw new Error('the bench database stayed busy for 2 minutes');
      await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
    }
  });
}
