import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  ACCESS_REPORT_KEEP_DAYS,
  type AccessReport,
  type CreateAccessReportRequest,
  type PersonRecord,
} from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { JobProducer } from '../queue/job-producer';
import { AccessReportEntity } from './access-report.entity';
import { peopleByEmail, recordsOf } from './privacy-records';

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
    // 404 for a record that does not exist, before anything is written.
    await recordsOf(this.dataSource.manager, request.records);
    const entity = await this.dataSource.manager.save(
      this.dataSource.manager.create(AccessReportEntity, {
        status: 'queued',
        progress: 0,
        locale: request.locale,
        records: request.records.map(({ kind, id }) => ({ kind, id })),
        requestedBy,
        expiresAt: new Date(Date.now() + ACCESS_REPORT_KEEP_DAYS * 24 * 3600 * 1000),
      }),
    );
    await this.jobs.enqueue('privacy.access', { reportId: entity.id }, accessJobId(entity.id));
    return toAccessReport(entity);
  }

  async get(id: string): Promise<AccessReport> {
    return toAccessReport(await this.entity(id));
  }

  /** The finished report as JSON or HTML; 404 while it is not done (or expired). */
  async file(id: string, format: 'json' | 'html'): Promise<AccessReportFile> {
    const report = await this.entity(id);
    if (report.status !== 'done' || report.html === null) {
      throw new NotFoundException(`Access report ${id} is not ready`);
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

  private async entity(id: string): Promise<AccessReportEntity> {
    const report = await this.dataSource.manager.findOneBy(AccessReportEntity, { id });
    if (!report || report.expiresAt.getTime() <= Date.now()) {
      throw new NotFoundException(`No access report ${id}`);
    }
    return report;
  }
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
