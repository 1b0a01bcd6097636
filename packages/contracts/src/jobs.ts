/**
 * Every background job: its queue, its name and its payload. Payloads carry ids, never records;
 * the handler re-reads the current state.
 */
export const QUEUES = {
  startups: 'startups',
  imports: 'imports',
  matching: 'matching',
  mail: 'mail',
  offers: 'offers',
  applications: 'applications',
  privacy: 'privacy',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  /** Recompute a startup's derived fields (profile completeness) for the given revision. */
  'startup.score-profile': { startupId: string; revision: number };
  /** Repeating: enqueue `startup.score-profile` for every startup whose score is behind its revision. */
  'startup.rescore-stale': Record<string, never>;
  /** The dry run of a CSV import: every row's verdict, nothing written to the records. */
  'import.validate': { importId: string };
  /**
   * Writes a validated import's create and update rows, all in one transaction. `resume`: sent
   * by the stuck-work sweep for an import left `applying` that no job carries any more.
   */
  'import.apply': { importId: string; resume?: true };
  /**
   * Loads a cohort, runs the matching engine and stores the run's proposals in one transaction.
   * `resume`: sent by the stuck-work sweep for a run left `running` that no job carries any more.
   */
  'matching.run': { runId: string; resume?: true };
  /** Sends one outbox row (job id `mail.send.<outboxId>`); a row already sent is left alone. */
  'mail.send': { outboxId: string };
  /** Repeating: enqueue `mail.send` for every outbox row still pending after a minute. */
  'mail.sweep': Record<string, never>;
  /** Delayed: one reminder email for an offer still unanswered (job id `offer.remind.<proposalId>`). */
  'offer.remind': { proposalId: string };
  /** Delayed: an offer still unanswered expires (job id `offer.expire.<proposalId>`). */
  'offer.expire': { proposalId: string };
  /** Repeating: remind and expire the open offers whose delayed follow-up jobs were lost. */
  'offer.sweep': Record<string, never>;
  /**
   * Repeating: erases rejected applications past their call's retention period, and drafts never
   * submitted that long after the call closed.
   */
  'application.erase-expired': Record<string, never>;
  /** Builds one access report (job id `privacy.access.<reportId>`); a finished one is left alone. */
  'privacy.access': { reportId: string };
  /** Repeating (daily): erase what outlived its retention period, and expired access reports. */
  'privacy.retention': Record<string, never>;
  /** Repeating: reminds reviewers with reviews still open in the days before the review deadline. */
  'review.remind': Record<string, never>;
}
export type JobName = keyof JobPayloads;

export const JOB_QUEUE = {
  'startup.score-profile': QUEUES.startups,
  'startup.rescore-stale': QUEUES.startups,
  'import.validate': QUEUES.imports,
  'import.apply': QUEUES.imports,
  'matching.run': QUEUES.matching,
  'mail.send': QUEUES.mail,
  'mail.sweep': QUEUES.mail,
  'offer.remind': QUEUES.offers,
  'offer.expire': QUEUES.offers,
  'offer.sweep': QUEUES.offers,
  'application.erase-expired': QUEUES.applications,
  'privacy.access': QUEUES.privacy,
  'privacy.retention': QUEUES.privacy,
  'review.remind': QUEUES.applications,
} as const satisfies Record<JobName, QueueName>;

/** The jobs of one queue: what its processor must handle, each by name. */
export type JobsOfQueue<Q extends QueueName> = {
  [N in JobName]: (typeof JOB_QUEUE)[N] extends Q ? N : never;
}[JobName];
