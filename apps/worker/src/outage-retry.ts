import { isOutage } from '@kohorte/server/database';
import { DelayedError, type Job } from 'bullmq';

const FIRST_DELAY_MS = 1_000;
const LONGEST_DELAY_MS = 30_000;

/**
 * Runs a job's work; when it fails because the database or Redis is down, the job waits and runs
 * again (1 s, 2 s, 4 s … at most 30 s apart) without spending one of its attempts, so an outage
 * of any length delays the work and never fails it. Other errors take BullMQ's attempts as usual.
 */
export async function retryWhileUnavailable<T>(
  job: Job,
  token: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (token === undefined || !isOutage(error)) throw error;
    // attemptsStarted counts every time the job became active, outage retries included.
    const delay = Math.min(
      LONGEST_DELAY_MS,
      FIRST_DELAY_MS * 2 ** Math.max(0, job.attemptsStarted - 1),
    );
    // With Redis down too this throws, and the job is taken up again once its lock runs out.
    await job.moveToDelayed(Date.now() + delay, token);
    throw new DelayedError();
  }
}
