import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type MatchingRun, QUEUES } from '@kohorte/contracts';
import { CoreModule } from '@kohorte/server/core';
import {
  MatchingModule,
  MatchingRunHandler,
  MatchingRunsService,
  matchingJobId,
  type RunProgress,
  runParameters,
} from '@kohorte/server/matching';
import { JobProducer } from '@kohorte/server/queue';
import { REDIS } from '@kohorte/server/redis';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createWorker } from '../src/create-worker';
import { finishedJob } from './finished-job';
import { firstOf } from '@kohorte/server/testing';

const TOPICS = ['pricing', 'fundraising', 'b2b-sales', 'hiring', 'product'];

const token = (label: string) => `${label}-${randomBytes(4).toString('hex')}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A cohort with `startups` members in `status` (each needing two topics) and a pool of `mentors`
 * (each knowing two topics, with `capacity` places), written directly: other slices own their APIs.
 */
async function seedCohort(
  db: DataSource,
  { startups, mentors, status = 'accepted', capacity = 3 }: SeedOptions,
): Promise<{ cohortId: string; startupIds: string[]; mentorIds: string[] }> {
  const programme = firstOf(
    (await db.query(`INSERT INTO programmes (name) VALUES ($1) RETURNING id`, [
      token('Programme'),
    ])) as { id: string }[],
  );
  const cohort = firstOf(
    (await db.query(
      `INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
     VALUES ($1, $2, '2026-01-01', '2030-12-31', 'running') RETURNING id`,
      [programme.id, token('Cohort')],
    )) as { id: string }[],
  );
  const startupIds: string[] = [];
  for (let i = 0; i < startups; i++) {
    const row = firstOf(
      (await db.query(
        `INSERT INTO startups (name, topics, sectors, stage, languages, city)
       VALUES ($1, $2, '{fintech}', 'seed', '{de,en}', 'Leipzig') RETURNING id`,
        [token(`Startup ${i}`), [TOPICS[i % 5], TOPICS[(i + 1) % 5]]],
      )) as { id: string }[],
    );
    startupIds.push(row.id);
    await db.query(
      `INSERT INTO cohort_startups (cohort_id, startup_id, status) VALUES ($1, $2, $3)`,
      [cohort.id, row.id, status],
    );
  }
  const mentorIds: string[] = [];
  for (let j = 0; j < mentors; j++) {
    const row = firstOf(
      (await db.query(
        `INSERT INTO mentors (full_name, email, expertise, sectors, languages, city, capacity)
       VALUES ($1, $2, $3, '{fintech}', '{de}', 'Leipzig', $4) RETURNING id`,
        [
          token(`Mentor ${j}`),
          `${token('mentor')}@test.kohorte.dev`,
          [TOPICS[j % 5], TOPICS[(j + 2) % 5]],
          capacity,
        ],
      )) as { id: string }[],
    );
    mentorIds.push(row.id);
    await db.query(`INSERT INTO cohort_mentors (cohort_id, mentor_id) VALUES ($1, $2)`, [
      cohort.id,
      row.id,
    ]);
  }
  return { cohortId: cohort.id, startupIds, mentorIds };
}

interface SeedOptions {
  startups: number;
  mentors: number;
  status?: string;
  capacity?: number;
}

interface ProposalRow {
  startup_id: string;
  mentor_id: string;
  score: string;
  rank: number;
}

async function proposalsOf(db: DataSource, runId: string): Promise<ProposalRow[]> {
  return (await db.query(
    `SELECT startup_id, mentor_id, score, rank FROM match_proposals WHERE run_id = $1`,
    [runId],
  )) as ProposalRow[];
}

/** Exactly one proposal set: as many rows as the run reports, each pair once, loads within capacity. */
function expectOneSet(run: MatchingRun, rows: ProposalRow[], capacity: number): void {
  expect(run.status).toBe('done');
  expect(rows).toHaveLength(run.stats!.proposals);
  expect(rows.length).toBeGreaterThan(0);
  expect(new Set(rows.map((r) => `${r.startup_id}/${r.mentor_id}`)).size).toBe(rows.length);
  const total = rows.reduce((sum, r) => sum + Number(r.score), 0);
  expect(run.totalScore).toBeCloseTo(total, 2);
  const perMentor = new Map<string, number>();
  const perStartup = new Map<string, number>();
  for (const r of rows) {
    perMentor.set(r.mentor_id, (perMentor.get(r.mentor_id) ?? 0) + 1);
    perStartup.set(r.startup_id, (perStartup.get(r.startup_id) ?? 0) + 1);
  }
  for (const load of perMentor.values()) expect(load).toBeLessThanOrEqual(capacity);
  for (const count of perStartup.values()) expect(count).toBeLessThanOrEqual(run.parameters.k);
}

describe('matching runs in the worker', () => {
  let app: INestApplicationContext;
  let queue: Queue;
  let runs: MatchingRunsService;
  let producer: JobProducer;
  let handler: MatchingRunHandler;
  let db: DataSource;

  beforeAll(async () => {
    app = await createWorker();
    queue = app.get<Queue>(getQueueToken(QUEUES.matching));
    runs = app.get(MatchingRunsService);
    producer = app.get(JobProducer);
    handler = app.get(MatchingRunHandler);
    db = app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  it('stores one proposal set however often the run is enqueued', async () => {
    const run = jest.spyOn(handler, 'run');
    const { cohortId } = await seedCohort(db, { startups: 4, mentors: 3, capacity: 3 });
    const started = await runs.start(cohortId, { kind: 'mentors' }, null);
    const jobId = matchingJobId(started.id);
    // The same job again: BullMQ keeps one job per id.
    await producer.enqueue('matching.run', { runId: started.id }, jobId);
    const job = await finishedJob(queue, jobId);
    expect(job.returnvalue).toBe('done');
    expect(job.progress).toEqual({ progress: 100, step: null });

    const done = await runs.get(started.id);
    const rows = await proposalsOf(db, started.id);
    expectOneSet(done, rows, 3);
    // 4 startups × k = 2 fit into 3 mentors × 3 places.
    expect(rows).toHaveLength(8);
    expect(done.stats).toMatchObject({ startups: 4, partners: 3, shortfalls: 0 });
    expect(done.counts.proposed).toBe(8);

    // A duplicate under another id (or a late retry) finds the run done: nothing changes.
    const duplicateId = `${jobId}.duplicate`;
    await producer.enqueue('matching.run', { runId: started.id }, duplicateId);
    expect((await finishedJob(queue, duplicateId)).returnvalue).toBe('skipped');
    expect(await proposalsOf(db, started.id)).toEqual(expect.arrayContaining(rows));
    expect(await proposalsOf(db, started.id)).toHaveLength(8);
    expect(run.mock.calls.filter(([id]) => id === started.id)).toHaveLength(2);
    run.mockRestore();
  });

  it('says how many mentors got a place, and how many would have without spreading', async () => {
    const { cohortId } = await seedCohort(db, { startups: 4, mentors: 3, capacity: 3 });
    const spread = await runs.start(cohortId, { kind: 'mentors' }, null);
    await finishedJob(queue, matchingJobId(spread.id));
    const done = await runs.get(spread.id);
    const used = new Set((await proposalsOf(db, spread.id)).map((row) => row.mentor_id)).size;
    expect(done.parameters.fairness).toBe(true);
    expect(done.stats!.partnersUsed).toBe(used);
    expect(done.stats!.partnersUsedWithoutSpreading).toEqual(expect.any(Number));
    expect(done.stats!.partnersUsedWithoutSpreading).toBeGreaterThan(0);

    await runs.discard(spread.id, null);
    const plain = await runs.start(cohortId, { kind: 'mentors', fairness: false }, null);
    await finishedJob(queue, matchingJobId(plain.id));
    expect((await runs.get(plain.id)).stats!.partnersUsedWithoutSpreading).toBeNull();
  });

  it('reports loading, scoring, solving and saving in order, scoring and solving from the engine', async () => {
    const { cohortId } = await seedCohort(db, { startups: 3, mentors: 2 });
    // A run with no job: only this call runs it, so every report is seen here.
    const row = firstOf(
      (await db.query(
        `INSERT INTO matching_runs (cohort_id, kind, parameters) VALUES ($1, 'mentors', $2::jsonb)
       RETURNING id`,
        [cohortId, JSON.stringify(runParameters({ kind: 'mentors' }))],
      )) as { id: string }[],
    );
    const reports: RunProgress[] = [];
    const steps: (string | null)[] = [];
    const outcome = await handler.run(row.id, false, async (progress) => {
      reports.push(progress);
      // What the UI polls: the row shows the step as it is reported.
      steps.push((await runs.get(row.id)).step);
    });
    expect(outcome).toBe('done');
    expect(reports).toEqual([
      { progress: 5, step: 'loading' },
      { progress: 20, step: 'scoring' },
      { progress: 40, step: 'solving' },
      { progress: 85, step: 'saving' },
      { progress: 100, step: null },
    ]);
    expect(steps).toEqual(['loading', 'scoring', 'solving', 'saving', null]);
  });

  it('shows why a run failed, in words a manager can act on', async () => {
    const applicants = await seedCohort(db, { startups: 2, mentors: 2, status: 'applied' });
    const noStartups = await runs.start(applicants.cohortId, { kind: 'mentors' }, null);
    expect((await finishedJob(queue, matchingJobId(noStartups.id))).returnvalue).toBe('failed');
    const failed = await runs.get(noStartups.id);
    expect(failed).toMatchObject({ status: 'failed', step: null });
    expect(failed.error).toContain('no startups in accepted or active');

    const noPool = await seedCohort(db, { startups: 2, mentors: 0 });
    const emptyPool = await runs.start(noPool.cohortId, { kind: 'mentors' }, null);
    await finishedJob(queue, matchingJobId(emptyPool.id));
    expect((await runs.get(emptyPool.id)).error).toContain('mentor pool is empty');
    expect(await proposalsOf(db, emptyPool.id)).toHaveLength(0);

    // A failed run does not block the next one.
    await expect(runs.start(noPool.cohortId, { kind: 'mentors' }, null)).resolves.toMatchObject({
      status: 'queued',
    });
  });

  it('keeps live mentorships and rejected pairs out, and pinned pairs in', async () => {
    const { cohortId, startupIds, mentorIds } = await seedCohort(db, {
      startups: 2,
      mentors: 3,
      capacity: 2,
    });
    await db.query(
      `INSERT INTO mentorships (cohort_id, startup_id, mentor_id) VALUES ($1, $2, $3)`,
      [cohortId, startupIds[0], mentorIds[0]],
    );
    await db.query(
      `INSERT INTO match_rules (cohort_id, startup_id, mentor_id, rule)
       VALUES ($1, $2, $3, 'reject'), ($1, $4, $5, 'pin')`,
      [cohortId, startupIds[0], mentorIds[1], startupIds[1], mentorIds[2]],
    );
    const started = await runs.start(cohortId, { kind: 'mentors', k: 2 }, null);
    await finishedJob(queue, matchingJobId(started.id));
    const rows = await proposalsOf(db, started.id);
    const pairs = rows.map((r) => `${r.startup_id}/${r.mentor_id}`);
    expect(pairs).not.toContain(`${startupIds[0]}/${mentorIds[0]}`);
    expect(pairs).not.toContain(`${startupIds[0]}/${mentorIds[1]}`);
    expect(pairs).toContain(`${startupIds[1]}/${mentorIds[2]}`);
    // Mentor 0 has one place left after the live mentorship.
    expect(rows.filter((r) => r.mentor_id === mentorIds[0]).length).toBeLessThanOrEqual(1);
    expect((await runs.get(started.id)).stats).toMatchObject({ excluded: 2, pinned: 1 });
  });
});

// A worker process as `apps/worker` runs it (the server package's built handler), with short
// lock and stalled-check intervals so that a killed worker's job comes back within seconds.
const CHILD_WORKER = `
const { NestFactory } = require('@nestjs/core');
const { Module } = require('@nestjs/common');
const { Worker } = require('bullmq');
const server = { ...require('@kohorte/server/config'), ...require('@kohorte/server/core'), ...require('@kohorte/server/matching'), ...require('@kohorte/server/queue') };
class ChildModule {}
Module({ imports: [server.CoreModule, server.MatchingModule] })(ChildModule);
(async () => {
  const app = await NestFactory.createApplicationContext(ChildModule, { logger: ['error'] });
  const handler = app.get(server.MatchingRunHandler);
  const config = app.get(server.KOHORTE_CONFIG);
  const worker = new Worker('${QUEUES.matching}', (job) => server.runJob({ 'matching.run': (payload, delivery) => handler.handle(payload, delivery) }, job), {
    connection: { url: config.redisUrl },
    prefix: config.redisPrefix,
    lockDuration: 2000,
    stalledInterval: 1000,
  });
  await worker.waitUntilReady();
  console.log('worker ready');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

function startChildWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', CHILD_WORKER], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child worker not ready: ${output}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('worker ready')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`child worker exited (${code}): ${output}`)));
  });
}

function stopChild(child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

@Module({ imports: [CoreModule, MatchingModule] })
class ProducerOnlyModule {}

describe('a matching run whose worker is killed', () => {
  let app: INestApplicationContext;
  let runs: MatchingRunsService;
  let db: DataSource;
  let queue: Queue;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    // No processor here: only the child workers take matching jobs.
    app = await NestFactory.createApplicationContext(ProducerOnlyModule, { logger: ['error'] });
    runs = app.get(MatchingRunsService);
    db = app.get(DataSource);
    queue = app.get<Queue>(getQueueToken(QUEUES.matching));
  });
  afterAll(async () => {
    for (const child of children) await stopChild(child, 'SIGKILL');
    await app.close();
  });

  it('completes after a restart with exactly one proposal set', async () => {
    const { cohortId } = await seedCohort(db, { startups: 5, mentors: 4, capacity: 3 });
    // Hold the pool's table so the first worker stops inside the run, after claiming it.
    const blocker = new Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    let blocked = true;
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE cohort_mentors IN ACCESS EXCLUSIVE MODE');
      const first = await startChildWorker();
      children.push(first);
      const started = await runs.start(cohortId, { kind: 'mentors' }, null);
      const deadline = Date.now() + 20_000;
      for (;;) {
        const waiting = firstOf(
          (await db.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE wait_event_type = 'Lock' AND query LIKE '%cohort_mentors%' AND datname = current_database()`,
          )) as { n: number }[],
        );
        const run = await runs.get(started.id);
        if (run.status === 'running' && waiting.n > 0) break;
        if (Date.now() > deadline) throw new Error(`run ${started.id} is ${run.status}`);
        await sleep(50);
      }
      await stopChild(first, 'SIGKILL');
      await blocker.query('ROLLBACK');
      blocked = false;
      expect(await runs.get(started.id)).toMatchObject({ status: 'running', step: 'loading' });
      expect(await proposalsOf(db, started.id)).toHaveLength(0);

      // BullMQ runs one stalled-job check per interval across all workers of a queue, guarded by
      // this key; the earlier suite's worker set it with the default 30 s interval, which would
      // hold back the restarted worker's first check.
      await app.get<Redis>(REDIS).del(queue.toKey('stalled-check'));
      const second = await startChildWorker();
      children.push(second);
      const job = await finishedJob(queue, matchingJobId(started.id), 30_000);
      expect(job.returnvalue).toBe('done');
      expect(job.stalledCounter).toBeGreaterThanOrEqual(1);
      const done = await runs.get(started.id);
      expectOneSet(done, await proposalsOf(db, started.id), 3);
      // 5 startups × 2 need 10 places: the 4 mentors have 12.
      expect(done.stats!.proposals).toBe(10);
    } finally {
      if (blocked) await blocker.query('ROLLBACK');
      await blocker.end();
    }
  }, 90_000);
});
