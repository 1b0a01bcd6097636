import type { WorkerOptions } from 'bullmq';

/**
 * How long a worker's claim on a job lasts without renewal, and how often every worker looks for
 * jobs whose claim ran out (their worker died). BullMQ's defaults (30 s each) left a dead
 * worker's matching run showing "running" for a minute; with these another worker takes it
 * within ~8 s (the claim runs out, then the next check finds it). The claim is renewed every 2.5 s from the event loop, which stays free while a job
 * works (the engine solves in a thread, imports yield after each batch), so a busy CPU does not
 * make a live job look dead.
 */
export const JOB_LOCK: Pick<WorkerOptions, 'lockDuration' | 'stalledInterval' | 'maxStalledCount'> =
  {
    lockDuration: 5_000,
    stalledInterval: 2_000,
    // A job taken over this often is failed; the stuck-work sweep takes up its record again.
    maxStalledCount: 3,
  };
