import { Inject, Injectable } from '@nestjs/common';
import {
  ACCESS_REPORT_KEEP_DAYS,
  type AccessReport,
  type CreateAccessReportRequest,
  type PersonRecord,
  type PrivacyRecordRef,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { JobProducer } from '../../infra/queue/job-producer';
import { AccessReportEntity } from './access-report.entity';
import { peopleByEmail, recordsOf } from './privacy-records';
import { NotFoundError } from '../../infra/errors/domain-errors';

/** A finished report's download. */
export interface AccessReportFile {
  fileName: string;
  contentType: string;
  body: string;
}

/** The job id of a report's build: one job per report, however often it is enqueued. */
export function accessJobId(reportId: string): string {
  return `privacy.access.${reportId}`;
}

/**
 * Access requests (GDPR Art. 15): an admin finds the person's records by email, asks for a report
 * (built by the `privacy.access` job), follows its progress and downloads it as JSON or HTML.
 */
@Injectable()
export class AccessReports {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(JobProducer) private readonly jobs: JobProducer,
  ) {}

  findPeople(email: string): Promise<PersonRecord[]> {
    return peopleByEmail(this.dataSource.manager, email);
  }

  async create(request: CreateAccessReportRequest, requestedBy: string): Promise<AccessReport> {
    const entity = await this.insert(this.dataSource.manager, request, requestedBy);
    await this.enqueue(entity.id);
    return toAccessReport(entity);
  }

  /**
   * Writes a queued report in the caller's transaction (404 for a record that does not exist,
   * before anything is written). The caller enqueues its build with `enqueue` once committed, so
   * that the job never looks for a report it cannot see yet. `requestedBy` null: the person
   * asked for it themselves (through a link), not a member of staff.
   */
  async insert(
    manager: EntityManager,
    request: CreateAccessReportRequest,
    requestedBy: string | null,
  ): Promise<AccessReportEntity> {
    await recordsOf(manager, request.records);
    return manager.save(
      manager.create(AccessReportEntity, {
        status: 'queued',
        progress: 0,
        locale: request.locale,
        records: request.records.map(({ kind, id }) => ({ kind, id })),
        requestedBy,
        expiresAt: new Date(Date.now() + ACCESS_REPORT_KEEP_DAYS * 24 * 3600 * 1000),
      }),
    );
  }

  async enqueue(reportId: string): Promise<void> {
    await this.jobs.enqueue('privacy.access', { reportId }, accessJobId(reportId));
  }

  /**
   * The latest unexpired report asked for without a member of staff about exactly this one
   * record: what a person's own link may see. A staff report about several records (or about
   * this one) is not theirs to download through a link.
   */
  async latestSelfRequested(
    manager: EntityManager,
    record: PrivacyRecordRef,
  ): Promise<AccessReportEntity | null> {
    return manager
      .createQueryBuilder(AccessReportEntity, 'report')
      .where('report.requested_by IS NULL')
      .andWhere('report.records = CAST(:records AS jsonb)', {
        records: JSON.stringify([{ kind: record.kind, id: record.id }]),
      })
      .andWhere('report.expires_at > now()')
      .orderBy('report.created_at', 'DESC')
      .addOrderBy('report.id', 'DESC')
      .getOne();
  }

  async get(id: string): Promise<AccessReport> {
    return toAccessReport(await this.entity(id));
  }

  /** The finished report as JSON or HTML; 404 while it is not done (or expired). */
  async file(id: string, format: 'json' | 'html'): Promise<AccessReportFile> {
    return fileOf(await this.entity(id), format);
  }

  private async entity(id: string): Promise<AccessReportEntity> {
    const report = await this.dataSource.manager.findOneBy(AccessReportEntity, { id });
    if (!report || report.expiresAt.getTime() <= Date.now()) {
      throw new NotFoundError(`No access report ${id}`);
    }
    return report;
  }
}

/** A finished report's download as JSON or HTML; 404 while it is not done. */
export function fileOf(report: AccessReportEntity, format: 'json' | 'html'): AccessReportFile {
  if (report.status !== 'done' || report.html === null) {
    throw new NotFoundError(`Access report ${report.id} is not ready`);
  }
  const day = report.createdAt.toISOString().slice(0, 10);
  return format === 'json'
    ? {
        fileName: `access-report-${day}.json`,
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify(report.content, null, 2),
      }
    : {
        fileName: `access-report-${day}.html`,
        contentType: 'text/html; charset=utf-8',
        body: report.html,
      };
}

function toAccessReport(entity: AccessReportEntity): AccessReport {
  return {
    id: entity.id,
    status: entity.status,
    progress: entity.progress,
    locale: entity.locale,
    records: entity.records,
    counts: entity.counts,
    createdAt: entity.createdAt.toISOString(),
    finishedAt: entity.finishedAt ? entity.finishedAt.toISOString() : null,
    expiresAt: entity.expiresAt.toISOString(),
  };
}
