import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import {
  type JobName,
  QUEUES,
  RETENTION_KINDS,
  type RetentionKind,
  type RetentionOverview,
  type RetentionSetting,
} from '@kohorte/contracts';
import type { Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { ErasureRecordEntity } from './erasure-record.entity';
import { RetentionSettingEntity } from './retention-setting.entity';
import { statement } from '../../infra/database/typed-query';
import { dueCount, expiredAccessReports, RETENTION_RULES } from './retention-rules';

const RETENTION_JOB: JobName = 'privacy.retention';
const DAY_MS = 24 * 3600 * 1000;

/** What a retention run removed: rows per kind, and expired access reports. */
export type RetentionCounts = Record<RetentionKind | 'access-reports', number>;

/**
 * Retention: admins set how long each kind of data is kept; the daily `privacy.retention` job
 * erases what is older, logs the counts and leaves an erasure record (reason `retention`). The dry
 * run counts with the same conditions.
 */
@Injectable()
export class PrivacyRetention {
  private readonly logger = new Logger(PrivacyRetention.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.privacy) private readonly queue: Queue,
  ) {}

  async settings(manager: EntityManager = this.dataSource.manager): Promise<RetentionSetting[]> {
    const rows = await manager.find(RetentionSettingEntity);
    return RETENTION_KINDS.map((kind) => ({
      kind,
      days: rows.find((row) => row.kind === kind)?.days ?? null,
    }));
  }

  async overview(now: Date = new Date()): Promise<RetentionOverview> {
    const settings = await this.settings();
    return { settings, due: await this.dryRun(now, settings) };
  }

  async update(
    settings: readonly RetentionSetting[],
    updatedBy: string,
  ): Promise<RetentionOverview> {
    await this.dataSource.transaction(async (manager) => {
      for (const setting of settings) {
        await manager.upsert(
          RetentionSettingEntity,
          { kind: setting.kind, days: setting.days, updatedBy },
          ['kind'],
        );
      }
    });
    return this.overview();
  }

  /** The rows the run at `now` would remove, per kind. */
  async dryRun(
    now: Date = new Date(),
    settings?: readonly RetentionSetting[],
  ): Promise<Record<RetentionKind, number>> {
    const current = settings ?? (await this.settings());
    const due = {} as Record<RetentionKind, number>;
    for (const { kind, days } of current) {
      const rule = RETENTION_RULES[kind];
      due[kind] =
        days === null
          ? 0
          : (
              await dueCount.one(
                this.dataSource,
                `SELECT count(*)::int AS n FROM ${rule.table} WHERE ${rule.where}`,
                [now, days],
              )
            ).n;
    }
    return due;
  }

  /** Erases what expired at `now`, in one transaction, with its erasure record; logs the counts. */
  async run(now: Date = new Date()): Promise<RetentionCounts> {
    const counts = await this.dataSource.transaction(async (manager) => {
      const counts = { 'access-reports': 0 } as RetentionCounts;
      for (const { kind, days } of await this.settings(manager)) {
        counts[kind] = 0;
        if (days === null) continue;
        const rule = RETENTION_RULES[kind];
        const deleted = await statement.run(
          manager,
          `DELETE FROM ${rule.table} WHERE ${rule.where}`,
          [now, days],
        );
        counts[kind] = deleted;
      }
      const reports = await expiredAccessReports.run(manager, [now]);
      counts['access-reports'] = reports;
      if (Object.values(counts).some((count) => count > 0)) {
        await manager.save(
          manager.create(ErasureRecordEntity, {
            kinds: [],
            reason: 'retention',
            counts,
            queuedJobs: 0,
            erasedBy: null,
          }),
        );
      }
      return counts;
    });
    this.logger.log(`Retention run: ${JSON.stringify(counts)}`);
    return counts;
  }

  /** Registers the daily run (idempotent: one scheduler however many workers start). */
  async schedule(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RETENTION_JOB,
      { every: DAY_MS },
      { name: RETENTION_JOB, data: {}, opts: { removeOnComplete: 30, removeOnFail: 30 } },
    );
  }
}
