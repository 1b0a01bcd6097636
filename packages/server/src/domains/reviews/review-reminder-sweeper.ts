import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import {
  type JobName,
  QUEUES,
  REVIEW_LINK_GRACE_DAYS,
  REVIEW_LINK_PATH,
  REVIEW_REMINDER_DAYS,
} from '@kohorte/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { MailOutbox } from '../mail/index';
import { dueReviewers } from './review-rows';
import { markReviewsReminded } from './review-queries';

const SWEEP_JOB: JobName = 'review.remind';
const SWEEP_EVERY_MS = 15 * 60_000;

/**
 * Handler of `review.remind`: in the REVIEW_REMINDER_DAYS before a call's review deadline, each
 * reviewer with reviews still open (not submitted, no conflict declared) gets one reminder with
 * a fresh link. Safe to run twice: a review reminded is marked in the same transaction as the
 * outbox row, and the row's key holds the reviewer and the deadline, so a changed deadline
 * reminds again but a retried sweep does not.
 */
@Injectable()
export class ReviewReminderSweeper {
  private readonly logger = new Logger(ReviewReminderSweeper.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
    private readonly mail: MailOutbox,
    @InjectQueue(QUEUES.applications) private readonly queue: Queue,
  ) {}

  async sweep(): Promise<{ reminded: number }> {
    const outboxIds = await this.dataSource.transaction(async (manager) => {
      const due = await dueReviewers.all(manager, [REVIEW_REMINDER_DAYS, REVIEW_LINK_GRACE_DAYS]);
      const ids: string[] = [];
      for (const reviewer of due) {
        ids.push(
          await this.mail.add(manager, {
            to: reviewer.email,
            toName: reviewer.name,
            locale: reviewer.locale,
            template: 'review-reminder',
            data: {
              reviewerName: reviewer.name,
              callTitle: reviewer.callTitle[reviewer.locale],
              open: reviewer.open,
              deadline: new Date(reviewer.deadline).toISOString(),
            },
            link: {
              path: REVIEW_LINK_PATH,
              purpose: 'review',
              subjectType: 'reviewer',
              subjectId: reviewer.id,
              ttlSeconds: Math.max(reviewer.linkSeconds, 3600),
              singleUse: false,
              revokeEarlier: true,
              createdBy: null,
            },
            subjectType: 'reviewer',
            subjectId: reviewer.id,
            key: `review-reminder.${reviewer.id}.${new Date(reviewer.deadline).toISOString()}`,
          }),
        );
        await markReviewsReminded.run(manager, [reviewer.id]);
        await this.activity.record(manager, {
          subjectType: 'reviewer',
          subjectId: reviewer.id,
          kind: 'review',
          actorId: null,
          data: { action: 'reminded', open: reviewer.open },
        });
      }
      return ids;
    });
    await this.mail.dispatch(outboxIds);
    if (outboxIds.length > 0) {
      this.logger.log(`Review reminders written: ${outboxIds.length}`);
    }
    return { reminded: outboxIds.length };
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
