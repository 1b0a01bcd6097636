import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { JOB_QUEUE, type JobName, type JobPayloads } from '@kohorte/contracts';
import type { Queue } from 'bullmq';

/**
 * The one place jobs are enqueued. The caller gives a deterministic job id, so enqueueing the same
 * work twice yields one job; attempts and backoff are set here for every job.
 */
@Injectable()
export class JobProducer {
  constructor(private readonly moduleRef: ModuleRef) {}

  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    jobId: string,
    options: { delayMs?: number } = {},
  ): Promise<void> {
    const queue = this.moduleRef.get<Queue>(getQueueToken(JOB_QUEUE[name]), { strict: false });
    try {
      await queue.add(name, payload, {
        jobId,
        ...(options.delayMs ? { delay: options.delayMs } : {}),
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      });
    } catch (error) {
      throw new ServiceUnavailableException(
        `The job queue is unavailable: ${(error as Error).message}`,
      );
    }
  }
}
