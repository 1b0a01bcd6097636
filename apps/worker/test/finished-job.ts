import type { Job, Queue } from 'bullmq';

/**
 * Waits until a job has completed or failed and returns it. The state is read BEFORE the job: a
 * job read first may be a copy from before it finished (no return value, an old attempt count)
 * although the state read after it already says finished.
 */
export async function finishedJob(queue: Queue, jobId: string, timeoutMs = 15_000): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await queue.getJobState(jobId);
    if (state === 'completed' || state === 'failed') {
      const job = await queue.getJob(jobId);
      if (job) return job;
    }
    if (Date.now() > deadline) throw new Error(`job ${jobId} is still ${state}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
