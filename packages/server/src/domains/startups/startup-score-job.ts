import type { JobProducer } from '../../infra/queue/job-producer';

/** The id of the score job of one revision: the same revision always gives the same job. */
export function scoreJobId(startupId: string, revision: number): string {
  // BullMQ rejects custom job ids that contain ':'.
  return `startup.score-profile.${startupId}.${revision}`;
}

/**
 * Queues the profile score of one revision of a startup: the one place the job is queued, by a
 * save and by the stale-score sweep. The job id is deterministic, so queueing it twice is harmless.
 */
export function queueScoreJob(
  jobs: JobProducer,
  startupId: string,
  revision: number,
): Promise<void> {
  return jobs.enqueue(
    'startup.score-profile',
    { startupId, revision },
    scoreJobId(startupId, revision),
  );
}
