import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { QUEUES } from '@kohorte/contracts';
import {
  JobOutboxRelay,
  JobProducer,
  KeptJobNotTaken,
  QUEUE_ADD_TIMEOUT_MS,
} from '@kohorte/server/queue';
import { freePort, startRedisServer, until } from '@kohorte/server/testing';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createWorker } from '../src/create-worker';
import { JOB_OUTBOX_PUMP_MS } from '../src/job-outbox-pump';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('jobs enqueued while Redis does not answer', () => {
  let redis: ChildProcess;
  let app: INestApplicationContext;
  let db: DataSource;
  let producer: JobProducer;
  let queue: Queue;
  const sharedRedisUrl = process.env.REDIS_URL;

  beforeAll(async () => {
    const port = await freePort();
    redis = await startRedisServer(port);
    process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
    app = await createWorker();
    db = app.get(DataSource);
    producer = app.get(JobProducer);
    // A queue nothing consumes in this app would be better, but every queue has a processor:
    // the startups queue's score job for an unknown startup does nothing and completes.
    queue = app.get<Queue>(getQueueToken(QUEUES.startups));
  }, 60_000);

  afterAll(async () => {
    redis?.kill('SIGCONT');
    await app?.close();
    redis?.kill('SIGKILL');
    // Jest runs the next test files in this same process.
    if (sharedRedisUrl === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = sharedRedisUrl;
  }, 60_000);

  it('keeps the job in the database at once, and hands it over when Redis is back', async () => {
    const startupId = '00000000-0000-4000-8000-0000000000aa';
    const jobId = `startup.score.outbox-test.${Date.now()}`;
    // Frozen: the connection stays open but nothing answers (a hung or overloaded Redis).
    redis.kill('SIGSTOP');
    try {
      const started = Date.now();
      await producer.enqueue('startup.score-profile', { startupId, revision: 1 }, jobId);
      expect(Date.now() - started).toBeLessThan(QUEUE_ADD_TIMEOUT_MS + 1_000);
      const kept = (await db.query(`SELECT job_id AS "jobId" FROM job_outbox WHERE job_id = $1`, [
        jobId,
      ])) as { jobId: string }[];
      expect(kept).toEqual([{ jobId }]);
      // Still frozen after a few relay passes: the job stays kept, nothing is lost.
      await sleep(3 * JOB_OUTBOX_PUMP_MS);
      expect(await db.query(`SELECT 1 FROM job_outbox WHERE job_id = $1`, [jobId])).toHaveLength(1);
      // The relay says it was Redis that refused (the database answered), so the log names Redis.
      // The worker's own pump may hold the row at this moment (rows are claimed with SKIP LOCKED,
      // and a claim lasts the add's timeout), so ask until this call gets the row.
      let refusal: unknown;
      await until(
        'a relay pass to claim the kept job',
        () =>
          app
            .get(JobOutboxRelay)
            .relay()
            .then(
              () => false,
              (error: unknown) => {
                refusal = error;
                return true;
              },
            ),
        30_000,
      );
      expect(refusal).toBeInstanceOf(KeptJobNotTaken);
    } finally {
      redis.kill('SIGCONT');
    }
    await until(
      'the relay to hand the job over',
      async () =>
        (await db.query(`SELECT 1 FROM job_outbox WHERE job_id = $1`, [jobId])).length === 0,
      30_000,
    );
    const job = await queue.getJob(jobId);
    expect(job?.name).toBe('startup.score-profile');
    expect(job?.data).toEqual({ startupId, revision: 1 });
  }, 60_000);
});
