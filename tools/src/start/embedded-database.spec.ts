import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataSourceOptions, runMigrations, VocabulariesService } from '@kohorte/server';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import {
  DEMO_INVESTOR_COUNT,
  DEMO_MENTOR_COUNT,
  DEMO_STARTUP_COUNT,
  seedDemoData,
} from '../demo/seed-demo';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './embedded-database';

// The `npm start` default: PGlite in a folder, served over the wire protocol, migrated by the
// real migrations (pg_trgm included), then seeded with the demo. A new folder takes seconds.
describe('the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kohorte-pglite-'));
  let database: EmbeddedDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await startEmbeddedDatabase({ dataDir, maxConnections: 20 });
    await runMigrations(database.url);
    dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 2 }));
    await dataSource.initialize();
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the migrations, trigram index included', async () => {
    const [{ count }] = (await dataSource.query(
      `SELECT count(*)::int AS count FROM vocabulary_terms WHERE kind = 'stages'`,
    )) as { count: number }[];
    expect(count).toBeGreaterThan(0);
    const indexes = (await dataSource.query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'startups'`,
    )) as { indexname: string }[];
    expect(indexes.map((row) => row.indexname)).toContain('startups_search_trgm_idx');
  });

  it('takes the demo once, with keys of its vocabularies only', async () => {
    const today = new Date('2026-11-28T00:00:00Z');
    expect(await seedDemoData(dataSource, today)).toEqual({
      users: 3,
      startups: DEMO_STARTUP_COUNT,
      mentors: DEMO_MENTOR_COUNT,
      investors: DEMO_INVESTOR_COUNT,
      cohorts: 4,
      contacts: expect.any(Number),
      mentorships: expect.any(Number),
      activities: expect.any(Number),
    });
    expect(await seedDemoData(dataSource, today)).toBeNull();

    const unknown = (await dataSource.query(
      `SELECT s.name, k.kind, k.key FROM startups s
       CROSS JOIN LATERAL (
         SELECT 'stages' AS kind, s.stage AS key
         UNION ALL SELECT 'sectors', unnest(s.sectors)
         UNION ALL SELECT 'topics', unnest(s.topics)
         UNION ALL SELECT 'languages', unnest(s.languages)
       ) k
       WHERE NOT EXISTS (SELECT 1 FROM vocabulary_terms t WHERE t.kind = k.kind AND t.key = k.key)`,
    )) as unknown[];
    expect(unknown).toEqual([]);

    const [search] = (await dataSource.query(
      `SELECT count(*)::int AS count FROM startups WHERE city = 'Leipzig' AND profile_completeness > 0`,
    )) as { count: number }[];
    expect(search.count).toBeGreaterThan(10);

    const cohorts = (await dataSource.query(
      `SELECT c.name, c.status, count(DISTINCT cs.startup_id)::int AS startups,
              count(DISTINCT cm.mentor_id)::int AS mentors
       FROM cohorts c
       JOIN cohort_startups cs ON cs.cohort_id = c.id
       JOIN cohort_mentors cm ON cm.cohort_id = c.id
       GROUP BY c.id ORDER BY c.starts_on`,
    )) as { name: string; status: string; startups: number; mentors: number }[];
    expect(cohorts.map((cohort) => cohort.status)).toEqual([
      'closed',
      'running',
      'running',
      'planning',
    ]);
    expect(cohorts.every((cohort) => cohort.startups > 0 && cohort.mentors > 0)).toBe(true);

    const mentorKeys = (await dataSource.query(
      `SELECT m.full_name, k.key FROM mentors m CROSS JOIN LATERAL unnest(m.expertise) k(key)
       WHERE NOT EXISTS (SELECT 1 FROM vocabulary_terms t WHERE t.kind = 'topics' AND t.key = k.key)`,
    )) as unknown[];
    expect(mentorKeys).toEqual([]);
  });

  it('serves many connections at once without mixing one query’s messages with another’s', async () => {
    // PGlite's socket server alone mixes them ("portal does not exist"): the proxy keeps each
    // parameterised query, and each transaction, whole.
    const pool = new Pool({ connectionString: database.url, max: 10 });
    const errors: string[] = [];
    pool.on('error', (error) => errors.push(error.message));
    try {
      await pool.query('CREATE TABLE proxy_check (id int PRIMARY KEY, hits int NOT NULL)');
      const transaction = async (i: number) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query(
            `INSERT INTO proxy_check VALUES ($1, 1)
             ON CONFLICT (id) DO UPDATE SET hits = proxy_check.hits + 1`,
            [i % 20],
          );
          await client.query('SELECT hits FROM proxy_check WHERE id = $1', [i % 20]);
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
      const failures = results.filter((result) => result.status === 'rejected');
      expect(failures).toEqual([]);
      expect(errors).toEqual([]);
      const [{ hits }] = (
        await pool.query<{ hits: number }>('SELECT sum(hits)::int AS hits FROM proxy_check')
      ).rows;
      expect(hits).toBe(200);
    } finally {
      await pool.end();
    }
  });

  it('gives a transaction the vocabularies without waiting for a second connection', async () => {
    // The proxy serves a transaction's connection until it ends: a query on another connection
    // from inside it would wait forever. Lists due to reload are served as they are meanwhile.
    const vocabularies = new VocabulariesService(dataSource);
    await vocabularies.onModuleInit();
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 10 * 60_000);
    try {
      const stages = await dataSource.transaction(async (manager) => {
        await manager.query('SELECT 1');
        return (await vocabularies.list()).stages.map((term) => term.key);
      });
      expect(stages).toContain('seed');
    } finally {
      clock.mockRestore();
    }
    // The reload started beside the transaction finishes after it.
    expect((await vocabularies.list()).stages.map((term) => term.key)).toContain('seed');
  }, 20_000);
});
