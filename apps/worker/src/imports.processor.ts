import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type JobPayloads, QUEUES } from '@kohorte/contracts';
import { ImportJobHandler, type ImportJobOutcome } from '@kohorte/server';
import type { Job } from 'bullmq';
import { JOB_LOCK } from './job-lock';
import { retryWhileUnavailable } from './outage-retry';

/**
 * Runs the jobs of the imports queue: a thin adapter over ImportJobHandler in @kohorte/server.
 * One at a time per worker: an apply holds a transaction over thousands of rows.
 */
@Processor(QUEUES.imports, { concurrency: 1, ...JOB_LOCK })
export class ImportsProcessor extends WorkerHost {
  constructor(private readonly handler: ImportJobHandler) {
    super();
  }

  process(job: Job, token?: string): Promise<ImportJobOutcome> {
    const payload = job.data as JobPayloads['import.validate' | 'import.apply'];
    // A retried, stalled or resumed job is a redelivery: the apply may take up an import left
    // `applying`. attemptsStarted also counts the runs an outage put off.
    const redelivered =
      job.attemptsStarted > 1 ||
      job.stalledCounter > 0 ||
      ('resume' in payload && payload.resume === true);
    return retryWhileUnavailable(job, token, () =>
      this.handler.run(job.name, payload, redelivered),
    );
  }
}
