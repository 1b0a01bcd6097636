import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobPayloads, QUEUES } from '@kohorte/contracts';
import { ImportJobHandler, type ImportJobOutcome } from '@kohorte/server';
import type { Job } from 'bullmq';

/**
 * Runs the jobs of the imports queue: a thin adapter over ImportJobHandler in @kohorte/server.
 * One at a time per worker: an apply holds a transaction over thousands of rows.
 */
@Processor(QUEUES.imports, { concurrency: 1 })
export class ImportsProcessor extends WorkerHost {
  constructor(private readonly handler: ImportJobHandler) {
    super();
  }

  process(job: Job): Promise<ImportJobOutcome> {
    const payload = job.data as JobPayloads['import.validate' | 'import.apply'];
    // A retried or stalled job is a redelivery: the apply may take up an import left `applying`.
    return this.handler.run(job.name, payload, job.attemptsMade > 0 || job.stalledCounter > 0);
  }
}
