import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Dashboard } from '@kohorte/contracts';
import { DashboardService } from '@kohorte/server/dashboard';
import { dataSourceOptions } from '@kohorte/server/database';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from '@kohorte/server/testing';
import { DataSource } from 'typeorm';
import { seedDemoData } from './seed-demo';
import { firstOf } from '../shared/items';

// The demo on a real PostgreSQL, read back through the dashboard: it must give a new user
// something in every card (running cohorts, free mentors, work that needs attention, changes).
describe('the demo data', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let dashboard: Dashboard;

  beforeAll(async () => {
    database = await createTestDatabase('kohorte_test_demo');
    dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 2 }));
    await dataSource.initialize();
    await seedDemoData(dataSource);
    dashboard = await new DashboardService(dataSource).get();
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    if (database) await dropTestDatabase(database.name);
  });

  it('fills every card of the dashboard', () => {
    expect(dashboard.runningCohorts.length).toBe(2);
    expect(dashboard.mentorsWithCapacity.total).toBeGreaterThan(5);
    expect(dashboard.recentChanges).toHaveLength(15);
    const kinds = new Set(dashboard.recentChanges.map((change) => change.kind));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['note', 'updated']));
    // Two unmentored startups per running cohort, one mentor over capacity, a few stale profiles.
    expect(dashboard.attention.startupsWithoutMentor.total).toBe(4);
    expect(dashboard.attention.mentorsOverCapacity.total).toBe(1);
    expect(dashboard.attention.staleStartups.total).toBeGreaterThanOrEqual(3);
    expect(dashboard.attention.staleStartups.total).toBeLessThanOrEqual(6);
    expect(dashboard.startupsByStage.terms.some((term) => term.count > 0)).toBe(true);
  });

  it('has live and ended mentorships in the running cohorts', async () => {
    const counts = firstOf(
      (await dataSource.query(
        `SELECT count(*) FILTER (WHERE m.ended_at IS NULL)::int AS live,
              count(*) FILTER (WHERE m.ended_at IS NOT NULL)::int AS ended
       FROM mentorships m JOIN cohorts c ON c.id = m.cohort_id WHERE c.status = 'running'`,
      )) as { live: number; ended: number }[],
    );
    expect(counts.live).toBeGreaterThan(5);
    expect(counts.ended).toBeGreaterThan(0);
  });

  it('has founders, one of whom is also a mentor, and tags on every list', async () => {
    const shared = (await dataSource.query(
      `SELECT c.full_name FROM startup_contacts c JOIN mentors m ON lower(m.email) = lower(c.email)`,
    )) as { full_name: string }[];
    expect(shared).toHaveLength(1);
    for (const table of ['startups', 'mentors', 'investors']) {
      const { tagged } = firstOf(
        (await dataSource.query(
          `SELECT count(*)::int AS tagged FROM ${table} WHERE cardinality(tags) > 0`,
        )) as { tagged: number }[],
      );
      expect(tagged).toBeGreaterThan(5);
    }
  });
});
