import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { type PersonRecord, QUEUES } from '@kohorte/contracts';
import type { Job, JobType, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { hashToken } from '../../infra/auth/session-tokens';
import { normalizeEmail } from '../../infra/auth/user-mapper';
import { KOHORTE_CONFIG, type KohorteConfig } from '../../infra/config/kohorte-config';
import { REDIS } from '../../infra/redis/redis.module';

// Every state a job rests in; an active job is being run and holds its lock (it re-reads the
// database, where the erased rows are gone, so it finds nothing to do).
const RESTING_STATES: JobType[] = [
  'waiting',
  'delayed',
  'prioritized',
  'waiting-children',
  'completed',
  'failed',
];
const PAGE = 500;

/**
 * Erasure, the Redis part: queued and finished BullMQ jobs whose payload, result or error names an
 * erased record (its id or its email) are removed, and so are the rate-limit counters kept under
 * the hash of its email. Runs after the erasing transaction has committed.
 */
@Injectable()
export class QueuedJobEraser {
  private readonly logger = new Logger(QueuedJobEraser.name);

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig,
  ) {}

  /** Removes what Redis holds about the records; returns how many jobs went. */
  async erase(records: readonly PersonRecord[]): Promise<number> {
    const needles = records.flatMap((record) => [
      record.id,
      ...(record.email ? [record.email.trim().toLowerCase()] : []),
    ]);
    let removed = 0;
    for (const name of Object.values(QUEUES)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      removed += await this.eraseFrom(queue, needles);
    }
    await this.eraseLimiterKeys(records);
    return removed;
  }

  private async eraseFrom(queue: Queue, needles: readonly string[]): Promise<number> {
    const doomed: Job[] = [];
    for (let start = 0; ; start += PAGE) {
      const jobs = await queue.getJobs(RESTING_STATES, start, start + PAGE - 1, true);
      for (const job of jobs) {
        if (mentions(job, needles)) doomed.push(job);
      }
      if (jobs.length < PAGE) break;
    }
    let removed = 0;
    for (const job of doomed) {
      try {
        await job.remove();
        removed += 1;
      } catch (error) {
        // Taken by a worker since it was listed: it runs against the erased database.
        this.logger.warn(`Job ${job.id} of ${queue.name} not removed: ${(error as Error).message}`);
      }
    }
    return removed;
  }

  private async eraseLimiterKeys(records: readonly PersonRecord[]): Promise<void> {
    for (const record of records) {
      if (!record.email) continue;
      const hash = hashToken(normalizeEmail(record.email));
      let cursor = '0';
      do {
        const [next, keys] = await this.redis.scan(
          cursor,
          'MATCH',
          `${this.config.redisPrefix}:*${hash}*`,
          'COUNT',
          1000,
        );
        if (keys.length > 0) await this.redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    }
  }
}

function mentions(job: Job, needles: readonly string[]): boolean {
  const text = [
    job.id ?? '',
    JSON.stringify(job.data ?? null),
    JSON.stringify(job.returnvalue ?? null),
    job.failedReason ?? '',
    ...(job.stacktrace ?? []),
  ]
    .join('\n')
    .toLowerCase();
  return needles.some((needle) => text.includes(needle.toLowerCase()));
}
