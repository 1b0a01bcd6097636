import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { processRootLogger, requestIdOfJob } from '@kohorte/server/observability';
import { logConnectionErrors } from '@kohorte/server/queue';
import type { Job, Worker } from 'bullmq';
import { jobDuration, jobFailures } from './job-metrics';

/** The fields every job log line has: which job, and the request that enqueued it. */
function jobFields(queue: string, job: Job) {
  return {
    requestId: requestIdOfJob(job.data),
    queue,
    // attemptsStarted counts this run already, in every event; attemptsMade only once it ended.
    job: { id: job.id, name: job.name, attempt: job.attemptsStarted },
  };
}

function secondsRunning(job: Job): number {
  return ((job.finishedOn ?? Date.now()) - (job.processedOn ?? Date.now())) / 1000;
}

/**
 * Logs and times every job of every processor, from the BullMQ workers' own events, so that the
 * processors stay thin adapters. Payloads are never logged (they are ids, but a log is no place to
 * find out which); the request id in the job's `meta` ties a job's lines to its request's.
 */
@Injectable()
export class JobObserver implements OnApplicationBootstrap {
  private readonly logger = processRootLogger().child({ context: 'Jobs' });

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const host: unknown = wrapper.instance;
      if (host instanceof WorkerHost) this.observe(host.worker as Worker);
    }
  }

  private observe(worker: Worker): void {
    const queue = worker.name;
    logConnectionErrors(worker, `Worker ${queue}`, (message) => this.logger.warn(message));
    worker.on('active', (job) => {
      this.logger.debug(jobFields(queue, job), 'job started');
    });
    worker.on('completed', (job) => {
      const seconds = secondsRunning(job);
      jobDuration.observe({ queue, name: job.name, outcome: 'completed' }, seconds);
      this.logger.info(
        { ...jobFields(queue, job), durationMs: Math.round(seconds * 1000) },
        'job completed',
      );
    });
    worker.on('failed', (job, error) => {
      // Undefined when a stalled job ran out of attempts and was removed: nothing left to time.
      if (!job) return;
      const seconds = secondsRunning(job);
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      jobDuration.observe({ queue, name: job.name, outcome: 'failed' }, seconds);
      jobFailures.inc({ queue, name: job.name, final: String(final) });
      const fields = {
        ...jobFields(queue, job),
        durationMs: Math.round(seconds * 1000),
        reason: error.message,
      };
      if (final) this.logger.error(fields, 'job failed, no attempt left');
      else this.logger.warn(fields, 'job failed, will retry');
    });
  }
}
