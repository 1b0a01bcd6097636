import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { type JobName, QUEUES } from '@kohorte/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobProducer } from '../../infra/queue/job-producer';
import { mailJobId } from './mail-outbox';
import { MAIL_SWEEP_BATCH, stalePendingMails } from './mail-queries';

const SWEEP_JOB: JobName = 'mail.sweep';
const SWEEP_EVERY_MS = 60_000;
/** A row pending longer than this has lost its job (or is waiting behind a long queue). */
const STALE_AFTER_MS = 60_000;

/**
 * Handler of `mail.sweep`: queues `mail.send` again for rows still `pending` after a minute. That
 * is what sends a mail whose dispatch was lost (Redis down at the commit, the process killed between
 * the commit and `dispatch()`), and a mail whose job ended without sending it.
 */
@Injectable()
export class MailSweeper {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
    @InjectQueue(QUEUES.mail) private readonly queue: Queue,
  ) {}

  /** Queues a send for every stale pending row that has no live job; returns how many. */
  async enqueueStale(staleAfterMs = STALE_AFTER_MS): Promise<number> {
    let after = '00000000-0000-0000-0000-000000000000';
    let queued = 0;
    for (;;) {
      const rows = await stalePendingMails.all(this.dataSource, [staleAfterMs, after]);
      for (const { id } of rows) {
        if (await this.requeue(id)) queued += 1;
      }
      const last = rows.at(-1);
      if (!last || rows.length < MAIL_SWEEP_BATCH) return queued;
      after = last.id;
    }
  }

  /**
   * A job still waiting, delayed (backing off) or running is left to do its work. A finished one
   * has the row's job id but did not send it (it found the row missing, or gave up while another
   * worker held it): it is removed so that the id can be queued again.
   */
  private async requeue(outboxId: string): Promise<boolean> {
    const jobId = mailJobId(outboxId);
    const existing = await this.queue.getJob(jobId);
    if (existing) {
      const state = await existing.getState();
      if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return false;
      await existing.remove();
    }
    await this.jobs.enqueue('mail.send', { outboxId }, jobId);
    return true;
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
