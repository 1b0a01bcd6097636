import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { QUEUES } from '@kohorte/contracts';
import { JobProducer } from '@kohorte/server/queue';
import {
  profileCompleteness,
  scoreJobId,
  StartupProfileScorer,
  StartupsService,
} from '@kohorte/server/startups';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createWorker } from '../src/create-worker';
import { StartupsProcessor } from '../src/startups.processor';
import { SWEEP_SCHEDULES_REFRESH_MS } from '../src/sweep-schedules';
import { finishedJob } from './finished-job';
import { firstOf, itemAt } from '@kohorte/server/testing';

const spyOnHandle = (scorer: StartupProfileScorer) => jest.spyOn(scorer, 'handle');

describe('worker', () => {
  let app: INestApplicationContext;
  let queue: Queue;
  let startups: StartupsService;
  let producer: JobProducer;
  let db: DataSource;
  let handle: ReturnType<typeof spyOnHandle>;
  let closed = false;

  beforeAll(async () => {
    app = await createWorker();
    queue = app.get<Queue>(getQueueToken(QUEUES.startups));
    startups = app.get(StartupsService);
    producer = app.get(JobProducer);
    db = app.get(DataSource);
    handle = spyOnHandle(app.get(StartupProfileScorer));
  });
  afterAll(async () => {
    // The shutdown test closes the app; this is for when an earlier test failed.
    if (!closed) await app.close();
  });

  async function row(id: string) {
    return firstOf(
      (await db.query(
        'SELECT revision, scored_revision, profile_completeness, updated_at FROM startups WHERE id = $1',
        [id],
      )) as {
        revision: number;
        scored_revision: number | null;
        profile_completeness: number | null;
        updated_at: Date;
      }[],
    );
  }

  it('scores a new startup once, however often its job is enqueued', async () => {
    const input = { name: 'Scored Once', city: 'Leipzig', stage: 'seed', topics: ['pricing'] };
    const startup = await startups.create(input, null);
    const jobId = scoreJobId(startup.id, 1);
    // The service enqueued it on create; the same job again, and once more after it ran.
    await producer.enqueue('startup.score-profile', { startupId: startup.id, revision: 1 }, jobId);
    const job = await finishedJob(queue, jobId);
    await producer.enqueue('startup.score-profile', { startupId: startup.id, revision: 1 }, jobId);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(job.returnvalue).toBe('scored');
    const calls = handle.mock.calls.filter(([payload]) => payload.startupId === startup.id);
    expect(calls).toHaveLength(1);
    const stored = await row(startup.id);
    expect(stored).toMatchObject({
      revision: 1,
      scored_revision: 1,
      profile_completeness: profileCompleteness(input),
    });
    expect((await startups.get(startup.id)).profileCompleteness).toBe(profileCompleteness(input));
    // Scoring is not an edit: updated_at stays.
    expect(stored.updated_at.toISOString()).toBe(startup.updatedAt);
  });

  it('lets a job for a stale revision change nothing', async () => {
    const startup = await startups.create({ name: 'Edited Twice' }, null);
    await finishedJob(queue, scoreJobId(startup.id, 1));
    const edited = { description: 'Now with a description', website: 'https://edited.example' };
    await startups.update(startup.id, edited, null);
    await finishedJob(queue, scoreJobId(startup.id, 2));
    const before = await row(startup.id);
    expect(before).toMatchObject({
      revision: 2,
      scored_revision: 2,
      profile_completeness: profileCompleteness(edited),
    });

    // A late or retried job for revision 1, under an id of its own so that BullMQ runs it.
    const staleId = `${scoreJobId(startup.id, 1)}.late`;
    await producer.enqueue(
      'startup.score-profile',
      { startupId: startup.id, revision: 1 },
      staleId,
    );
    expect((await finishedJob(queue, staleId)).returnvalue).toBe('skipped');
    expect(await row(startup.id)).toEqual(before);
  });

  it('re-queues scores that fell behind, e.g. while Redis was down', async () => {
    const startup = await startups.create({ name: 'Missed Job', city: 'Halle' }, null);
    await finishedJob(queue, scoreJobId(startup.id, 1));
    // As if revision 2 had been saved while its job could not be queued.
    await db.query('UPDATE startups SET revision = 2, city = NULL WHERE id = $1', [startup.id]);

    const sweep = await queue.add('startup.rescore-stale', {});
    await finishedJob(queue, sweep.id!);
    await finishedJob(queue, scoreJobId(startup.id, 2));
    expect(await row(startup.id)).toMatchObject({ scored_revision: 2, profile_completeness: 0 });
  });

  it('registers the repeating sweep', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toContain('startup.rescore-stale');
  });

  it('registers the sweeps again after Redis lost them (a restart without persistence)', async () => {
    const queues = [
      QUEUES.mail,
      QUEUES.offers,
      QUEUES.startups,
      QUEUES.applications,
      QUEUES.applications,
    ].map((name) => app.get<Queue>(getQueueToken(name)));
    const sweeps = [
      'mail.sweep',
      'offer.sweep',
      'startup.rescore-stale',
      'application.erase-expired',
      'review.remind',
    ];
    await Promise.all(queues.map((q, index) => q.removeJobScheduler(itemAt(sweeps, index))));
    expect(await queue.getJobScheduler('startup.rescore-stale')).toBeFalsy();

    const deadline = Date.now() + SWEEP_SCHEDULES_REFRESH_MS + 10_000;
    const registered = async () =>
      (await Promise.all(queues.map((q, index) => q.getJobScheduler(itemAt(sweeps, index))))).every(
        Boolean,
      );
    while (!(await registered()) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await registered()).toBe(true);
  }, 60_000);

  it('shuts down cleanly, closing its BullMQ worker', async () => {
    const worker = app.get(StartupsProcessor).worker;
    expect(worker.isRunning()).toBe(true);
    await app.close();
    closed = true;
    expect(worker.isRunning()).toBe(false);
  });
});
