import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { QUEUES } from '@kohorte/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { CoreModule } from '../src/infra/core.module';
import { rows } from '../src/infra/database/typed-query';
import { JobOutboxRelay } from '../src/infra/queue/job-outbox-relay';
import { JobProducer } from '../src/infra/queue/job-producer';
import { TcpProxy } from '../src/infra/testing/tcp-proxy';
import { until } from '../src/infra/testing/until';

// ioredis retries once a second; a loaded machine may take many of those.
const WAIT_MS = 60_000;

/**
 * Redis refusing connections (restarting, or the network cut): ioredis knows at once and
 * reconnects. The producer must not hand jobs to a queue that would hold them until the timeout,
 * making every request that enqueues wait; it keeps them in the database, and the relay hands
 * them over once Redis is back. The queue reaches the shared Redis through a proxy that the test
 * cuts, so no other test's Redis goes away.
 */
describe('JobProducer while the connection to Redis is down', () => {
  const env = { url: process.env.REDIS_URL, prefix: process.env.REDIS_PREFIX };
  let proxy: TcpProxy;
  let moduleRef: TestingModule;
  let producer: JobProducer;
  let queue: Queue;
  let db: DataSource;

  beforeAll(async () => {
    const redis = new URL(env.url || 'redis://127.0.0.1:6379');
    proxy = await TcpProxy.start({ host: redis.hostname, port: Number(redis.port || 6379) });
    process.env.REDIS_URL = `redis://127.0.0.1:${proxy.port}`;
    process.env.REDIS_PREFIX = `kohorte-readiness-${process.pid}`;
    moduleRef = await Test.createTestingModule({ imports: [CoreModule] }).compile();
    await moduleRef.init();
    producer = moduleRef.get(JobProducer);
    db = moduleRef.get(DataSource);
    queue = moduleRef.get<Queue>(getQueueToken(QUEUES.startups));
    await queue.waitUntilReady();
  }, 60_000);

  afterAll(async () => {
    // Connected again before closing: a queue closes cleanly only with Redis there to answer.
    await proxy?.open();
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await moduleRef?.close();
    await proxy?.cut();
    for (const [name, value] of [
      ['REDIS_URL', env.url],
      ['REDIS_PREFIX', env.prefix],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }, 60_000);

  const kept = async (jobId: string) =>
    (
      await rows({ n: 'int4' }).one(
        db,
        'SELECT count(*)::int AS n FROM job_outbox WHERE job_id = $1',
        [jobId],
      )
    ).n;

  it('keeps a job in the database without asking the queue, and the relay hands it over once Redis is back', async () => {
    const client = await queue.getBackend().client;
    const jobId = `startup.score-profile.readiness.${Date.now()}`;
    const payload = { startupId: '00000000-0000-4000-8000-0000000000bb', revision: 1 };
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const add = jest.spyOn(queue, 'add');
    try {
      await proxy.cut();
      await until('the queue to see Redis gone', () => client.status !== 'ready', WAIT_MS);

      await producer.enqueue('startup.score-profile', payload, jobId);

      expect(add).not.toHaveBeenCalled();
      expect(await kept(jobId)).toBe(1);
      const warnings = warn.mock.calls.map(([message]) => String(message));
      expect(warnings.filter((line) => line.startsWith('Job '))).toEqual([
        expect.stringMatching(
          new RegExp(`^Job ${jobId.replace(/\./g, '\\.')} kept for later.*Redis is`),
        ),
      ]);
      // The queues' connection errors reach the log as warnings, not as stack traces on stderr.
      expect(warnings).toContainEqual(
        expect.stringMatching(/^Queue startups: .*retries on its own$/),
      );

      await proxy.open();
      await until('the queue to reconnect', () => client.status === 'ready', WAIT_MS);
      await until(
        'the relay to hand the job over',
        async () => {
          await moduleRef
            .get(JobOutboxRelay)
            .relay()
            .catch(() => 0);
          return (await kept(jobId)) === 0;
        },
        WAIT_MS,
      );
      const job = await queue.getJob(jobId);
      expect(job?.data).toMatchObject(payload);
    } finally {
      add.mockRestore();
      warn.mockRestore();
    }
  }, 120_000);
});
