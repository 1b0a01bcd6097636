import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type PrivatePostgres, startPrivatePostgres } from '@kohorte/embedded-postgres';
import { dataSourceOptions, runMigrations } from '@kohorte/server/database';
import { DataSource } from 'typeorm';
import {
  DEMO_INVESTOR_COUNT,
  DEMO_MENTOR_COUNT,
  DEMO_STARTUP_COUNT,
  seedDemoData,
} from '../demo/seed-demo';
import { firstOf } from '../shared/items';

// The `npm start` default: a real PostgreSQL from the npm binaries, migrated by the real
// migrations (pg_trgm included), then seeded with the demo.
describe('the embedded database', () => {
  let database: PrivatePostgres;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await startPrivatePostgres();
    await runMigrations(database.url);
    dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 2 }));
    await dataSource.initialize();
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.stop();
  }, 60_000);

  it('runs the migrations, trigram index included', async () => {
    const { count } = firstOf(
      (await dataSource.query(
        `SELECT count(*)::int AS count FROM vocabulary_terms WHERE kind = 'stages'`,
      )) as { count: number }[],
    );
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

    const search = firstOf(
      (await dataSource.query(
        `SELECT count(*)::int AS count FROM startups WHERE city = 'Leipzig' AND profile_completeness > 0`,
      )) as { count: number }[],
    );
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
});
