import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { JOB_QUEUE, type JobName, type JobPayloads } from '@kohorte/contracts';
import type { JobsOptions, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { withJobMeta } from '../observability/job-meta';
import { keepJob } from './job-outbox-queries';

/**
 * How long a request waits for Redis to take a job. Beyond it the job is kept in the database
 * (`job_outbox`) and the relay hands it over once Redis answers: a Redis outage delays work, it
 * never holds a request (a queued add would wait for the reconnect, ~30 s and more).
 */
export const QUEUE_ADD_TIMEOUT_MS = 500;

/**
 * After Redis failed to take a job, how long further jobs go straight to the outbox without
 * asking Redis: a request that enqueues a job per offer must not wait 500 ms for each of them.
 */
export const REDIS_SKIP_MS = 2_000;

/** A job kept in the outbox, as the relay hands it over. */
export interface KeptJob {
  name: JobName;
  payload: object;
  jobId: string;
  runAt: Date;
}

class QueueTimeoutError extends Error {}

/** The queue's connection is not ready (Redis gone, reconnecting): asking would only time out. */
class QueueNotReadyError extends Error {}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  // The add goes on after a timeout (ioredis queues it): its late failure must not go unhandled.
  work.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueueTimeoutError(`Redis did not answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The one place jobs are enqueued. The caller gives a deterministic job id, so enqueueing the same
 * work twice yields one job; attempts and backoff are set here for every job.
 */
@Injectable()
export class JobProducer {
  private readonly logger = new Logger(JobProducer.name);
  /** Until when (epoch ms) enqueues do not ask Redis, because it just failed to answer. */
  private skipRedisUntil = 0;

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Hands the job to BullMQ, or, when Redis does not take it within QUEUE_ADD_TIMEOUT_MS, keeps
   * it in the database for the relay. Throws only when neither store answers.
   */
  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    jobId: string,
    options: { delayMs?: number } = {},
  ): Promise<void> {
    const runAt = new Date(Date.now() + (options.delayMs ?? 0));
    // The enqueuing request's id travels along (also through the outbox), so the worker's log
    // lines can be joined with the request's.
    const job: KeptJob = { name, payload: withJobMeta(payload), jobId, runAt };
    if (Date.now() < this.skipRedisUntil) {
      await this.keep(job);
      return;
    }
    try {
      // Straight to Redis the delay is the one asked for, not re-derived from the clock.
      await this.handOver(job, options.delayMs ?? 0);
    } catch (error) {
      this.skipRedisUntil = Date.now() + REDIS_SKIP_MS;
      this.logger.warn(
        `Job ${jobId} kept for later; jobs skip Redis for ${REDIS_SKIP_MS} ms: ${(error as Error).message}`,
      );
      await this.keep(job);
    }
  }

  /** Gives a job to its BullMQ queue, due at its time (the relay calls this for kept jobs). */
  async handOver(job: KeptJob, delayMs = job.runAt.getTime() - Date.now()): Promise<void> {
    const queue = this.moduleRef.get<Queue>(getQueueToken(JOB_QUEUE[job.name]), { strict: false });
    await within(addWhenReady(queue, job, delayMs), QUEUE_ADD_TIMEOUT_MS);
  }

  private async keep(job: KeptJob): Promise<void> {
    await keepJob.run(this.dataSource, [
      job.name,
      JSON.stringify(job.payload),
      job.jobId,
      job.runAt,
    ]);
  }
}

/**
 * Adds the job unless the queue's connection already knows Redis is gone: while ioredis reconnects
 * an add would wait for the whole timeout, so a request that enqueues would wait 500 ms for nothing.
 * A connection that looks ready but gets no answer (a hung Redis) is still caught by the timeout.
 */
async function addWhenReady(queue: Queue, job: KeptJob, delayMs: number): Promise<void> {
  const client = await queue.getBackend().client;
  if (client.status !== 'ready') throw new QueueNotReadyError(`Redis is ${client.status}`);
  await queue.add(job.name, job.payload, jobOptions(job.jobId, delayMs));
}

function jobOptions(jobId: string, delay: number): JobsOptions {
  return {
    jobId,
    ...(delay > 0 ? { delay } : {}),
    attempts: 5,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}
