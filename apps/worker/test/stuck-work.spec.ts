import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { runParameters } from '@kohorte/server/matching';
import { DataSource } from 'typeorm';
import { createWorker } from '../src/create-worker';
import { StuckWorkSweep } from '../src/stuck-work-sweep';
import { firstOf, until } from '@kohorte/server/testing';

const TOPICS = ['pricing', 'fundraising', 'b2b-sales', 'hiring'];
const tag = () => randomBytes(4).toString('hex');

/** A running cohort with three accepted startups and two pooled mentors, written directly. */
async function seedCohort(db: DataSource): Promise<string> {
  const cohort = firstOf(
    (await db.query(
      `WITH programme AS (INSERT INTO programmes (name) VALUES ($1) RETURNING id)
     INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
     SELECT id, $1, '2026-01-01', '2030-12-31', 'running' FROM programme RETURNING id`,
      [`Stuck ${tag()}`],
    )) as { id: string }[],
  );
  await db.query(
    `WITH created AS (
       INSERT INTO startups (name, topics, sectors, stage, languages, city)
       SELECT 'Stuck startup ' || $2 || ' ' || i, ARRAY[($3::text[])[1 + i % 4]], '{fintech}',
         'seed', '{de}', 'Leipzig'
       FROM generate_series(0, 2) AS i RETURNING id)
     INSERT INTO cohort_startups (cohort_id, startup_id, status)
     SELECT $1, id, 'accepted' FROM created`,
    [cohort.id, tag(), TOPICS],
  );
  await db.query(
    `WITH created AS (
       INSERT INTO mentors (full_name, email, expertise, sectors, languages, city, capacity)
       SELECT 'Stuck mentor ' || j, 'stuck-' || $2 || '-' || j || '@test.kohorte.dev',
         $3::text[], '{fintech}', '{de}', 'Leipzig', 3
       FROM generate_series(0, 1) AS j RETURNING id)
     INSERT INTO cohort_mentors (cohort_id, mentor_id) SELECT $1, id FROM created`,
    [cohort.id, tag(), TOPICS],
  );
  return cohort.id;
}

describe('the stuck-work sweep', () => {
  let app: INestApplicationContext;
  let db: DataSource;
  let sweep: StuckWorkSweep;

  beforeAll(async () => {
    app = await createWorker();
    db = app.get(DataSource);
    sweep = app.get(StuckWorkSweep);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  }, 60_000);

  const statusOf = async (runId: string) =>
    firstOf(
      (await db.query(`SELECT status FROM matching_runs WHERE id = $1`, [runId])) as {
        status: string;
      }[],
    ).status;

  it('takes up a run left running by a job that is gone (Redis restarted empty), not a fresh one', async () => {
    const cohortId = await seedCohort(db);
    // As a worker left it when Redis lost its job: running, claimed a minute ago, no job anywhere.
    const run = firstOf(
      (await db.query(
        `INSERT INTO matching_runs (cohort_id, kind, parameters, status, progress, step, started_at,
         created_at)
       VALUES ($1, 'mentors', $2::jsonb, 'running', 20, 'scoring', now() - interval '1 minute',
         now() - interval '1 minute')
       RETURNING id`,
        [cohortId, JSON.stringify(runParameters({ kind: 'mentors', k: 1 }))],
      )) as { id: string }[],
    );
    // A fresh one is left alone: its job may still be on the way.
    const fresh = firstOf(
      (await db.query(
        `INSERT INTO matching_runs (cohort_id, kind, parameters, status)
       VALUES ($1, 'investors', $2::jsonb, 'queued') RETURNING id`,
        [cohortId, JSON.stringify(runParameters({ kind: 'investors' }))],
      )) as { id: string }[],
    );

    expect(await sweep.sweep()).toBeGreaterThanOrEqual(1);
    await until('the run to be done', async () => (await statusOf(run.id)) === 'done', 30_000);
    const proposals = (await db.query(
      `SELECT count(*)::int AS n FROM match_proposals WHERE run_id = $1`,
      [run.id],
    )) as { n: number }[];
    expect(firstOf(proposals).n).toBe(3);
    // Done: a later sweep has nothing of it to take up, and the fresh run still waits for its job.
    await sweep.sweep();
    expect(await statusOf(run.id)).toBe('done');
    expect(await statusOf(fresh.id)).toBe('queued');
    await db.query(`UPDATE matching_runs SET status = 'discarded' WHERE id = $1`, [fresh.id]);
  }, 60_000);
});
