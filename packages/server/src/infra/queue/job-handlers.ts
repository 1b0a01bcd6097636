import type { JobName, JobPayloads } from '@kohorte/contracts';
import { type Job, UnrecoverableError } from 'bullmq';
import { DomainError } from '../errors/domain-errors';

/** What a handler may know of a delivery besides the payload. */
export interface JobDelivery {
  /** BullMQ runs the job again: a retry, or a job whose worker died (stalled). */
  redelivered: boolean;
  /** No retry follows when this try fails. */
  finalAttempt: boolean;
  /** Mirrors the work's progress onto the job (the queue board shows it). */
  progress(value: object): Promise<void>;
}

/** The work of one job: its typed payload in, an outcome out. */
export type JobHandler<N extends JobName> = (
  payload: JobPayloads[N],
  delivery: JobDelivery,
) => Promise<unknown>;

/** Handlers by job name, one for each of `N` (a queue's processor: `JobsOfQueue<queue>`). */
export type JobHandlers<N extends JobName> = { readonly [K in N]: JobHandler<K> };

/** The delivery facts of a BullMQ job. */
export function deliveryOf(job: Job): JobDelivery {
  return {
    // attemptsStarted also counts the runs an outage put off (see the worker's outage retry).
    redelivered: job.attemptsStarted > 1 || job.stalledCounter > 0,
    finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
    progress: (value) => job.updateProgress(value),
  };
}

// Refusals that another try cannot change: the job fails at once instead of using its retries.
// An unavailable service or a throttle passes, so the job is retried as usual.
const FINAL_REFUSALS: ReadonlySet<DomainError['kind']> = new Set([
  'not-found',
  'conflict',
  'invalid',
  'unauthorized',
  'forbidden',
  'gone',
]);

/**
 * Runs a BullMQ job through the handler registered under its name, with its payload (written by
 * `JobProducer`, typed by `JobPayloads`). A job no handler is registered for fails; so does, at
 * once and without retries, one its handler refuses (`DomainError`: the record is gone, the
 * state does not allow it).
 */
export async function runJob<N extends JobName>(
  handlers: JobHandlers<N>,
  job: Job,
): Promise<unknown> {
  if (!Object.prototype.hasOwnProperty.call(handlers, job.name)) {
    throw new Error(`No handler is registered for job "${job.name}"`);
  }
  // The name picks the handler, and the producer wrote the payload of that name.
  const handler = handlers[job.name as N] as JobHandler<JobName>;
  try {
    return await handler(job.data as JobPayloads[JobName], deliveryOf(job));
  } catch (error) {
    if (error instanceof DomainError && FINAL_REFUSALS.has(error.kind)) {
      throw new UnrecoverableError(`${error.name}: ${error.message}`);
    }
    throw error;
  }
}
