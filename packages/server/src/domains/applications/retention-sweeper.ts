import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { type JobName, QUEUES } from '@kohorte/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { eraseWithin } from '../privacy/index';
import { recordsOf } from '../privacy/index';
import { expiredApplications, lockedExpiredApplication, RETENTION_BATCH } from './application-rows';
import { theOne } from '../../infra/database/typed-query';

const SWEEP_JOB: JobName = 'application.erase-expired';
const SWEEP_EVERY_MS = 60 * 60_000;

/** What one sweep erased. */
export interface RetentionOutcome {
  rejected: number;
  drafts: number;
}

/**
 * Handler of `application.erase-expired` (GDPR): a rejected application is erased when its call's
 * retention period has passed since the decision, and a draft that was never submitted when the
 * same period has passed since the call closed. The application goes with everything the
 * personal-data registry finds about it, each in one transaction; the log counts what went and
 * names nobody. Safe to run twice: what is gone is not found again.
 */
@Injectable()
export class ApplicationRetentionSweeper {
  private readonly logger = new Logger(ApplicationRetentionSweeper.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.applications) private readonly queue: Queue,
  ) {}

  async sweep(): Promise<RetentionOutcome> {
    const outcome: RetentionOutcome = { rejected: 0, drafts: 0 };
    for (;;) {
      const due = await expiredApplications.all(this.dataSource);
      if (due.length === 0) break;
      for (const { id, status } of due) {
        if (await this.erase(id)) outcome[status === 'rejected' ? 'rejected' : 'drafts'] += 1;
      }
      if (due.length < RETENTION_BATCH) break;
    }
    if (outcome.rejected + outcome.drafts > 0) {
      this.logger.log(
        `Applications past their retention erased: ${outcome.rejected} rejected, ${outcome.drafts} drafts never submitted`,
      );
    }
    return outcome;
  }

  /** Registers the repeating sweep (idempotent: one scheduler however many workers start). */
  async schedule(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SWEEP_JOB,
      { every: SWEEP_EVERY_MS },
      { name: SWEEP_JOB, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  /** One application, re-checked under its row lock (a decision may have changed it). */
  private erase(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await lockedExpiredApplication.all(manager, [id]);
      if (locked.length === 0) return false;
      // The one erasure path (the personal-data registry): the application, its deck, its
      // timeline, its mails and links — found by the application's id only, not by its email,
      // since the same person may have other records that their retention does not touch.
      const application = theOne(
        await recordsOf(manager, [{ kind: 'applicant', id }]),
        `the applicant record of ${id}`,
      );
      await eraseWithin(manager, [{ ...application, email: null }]);
      return true;
    });
  }
}
