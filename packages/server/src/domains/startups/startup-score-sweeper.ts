import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES, type JobName } from '@kohorte/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobProducer } from '../../infra/queue/job-producer';
import { queueScoreJob } from './startup-score-job';
import { SCORE_SWEEP_BATCH, staleScores } from './startup-rows';

const SWEEP_JOB: JobName = 'startup.rescore-stale';
const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Handler of `startup.rescore-stale`. A save whose score job could not be queued (Redis down)
 * leaves `scored_revision` behind `revision`; this finds those and queues their jobs again. The job
 * ids are deterministic, so a job that is still queued is not queued twice.
 */
@Injectable()
export class StartupScoreSweeper {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
    @InjectQueue(QUEUES.startups) private readonly queue: Queue,
  ) {}

  /** Queues a score job for every startup whose score is behind; returns how many. */
  async enqueueStale(): Promise<number> {
    let after = '00000000-0000-0000-0000-000000000000';
    let queued = 0;
    for (;;) {
      const rows = await staleScores.all(this.dataSource, [after]);
      for (const { id, revision } of rows) {
        await queueScoreJob(this.jobs, id, revision);
      }
      queued += rows.length;
      const last = rows.at(-1);
      if (!last || rows.length < SCORE_SWEEP_BATCH) return queued;
      after = last.id;
    }
  }

  /** Registers the repeating sweep (idempotent: one scheduler however many workers start). */
  async schedule(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SWEEP_JOB,
      { every: SWEEP_EVERY_MS },
      { name: SWEEP_JOB, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }
}
