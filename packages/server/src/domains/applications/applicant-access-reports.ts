import { Injectable } from '@nestjs/common';
import {
  APPLICANT_ACCESS_REPORT_MINUTES,
  type ApplicantAccessReport,
  type ApplicantAccessReportState,
  type PrivacyRecordRef,
} from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import type { LinkCaller } from '../founder-profile/index';
import { LinkFailedError, LinkGate } from '../../infra/links/link-gate';
import type { LinkGrant } from '../../infra/links/link-tokens';
import type { AccessReportEntity } from '../privacy/index';
import { AccessReports, type AccessReportFile, fileOf } from '../privacy/index';
import { lockedApplicationLocale } from './application-rows';
import { NotFoundError } from '../../infra/errors/domain-errors';

/** The privacy registry's record of the link's application: the only one its link may ask about. */
function applicantRecord(grant: LinkGrant): PrivacyRecordRef {
  return { kind: 'applicant', id: grant.subjectId };
}

function toApplicantReport(report: AccessReportEntity): ApplicantAccessReport {
  return {
    status: report.status,
    progress: report.progress,
    createdAt: report.createdAt.toISOString(),
    finishedAt: report.finishedAt?.toISOString() ?? null,
    expiresAt: report.expiresAt.toISOString(),
  };
}

/**
 * An applicant's own data (GDPR Art. 15) through their application link: the link asks for an
 * access report about its application, in the application's language, follows it and downloads
 * it. The link reaches only reports about its own application that nobody from staff asked for;
 * no report id ever travels, so a link cannot name another's. The link gate's rate limit counts
 * every try; on top, one new report per APPLICANT_ACCESS_REPORT_MINUTES, so that pressing the
 * button again does not queue work again.
 */
@Injectable()
export class ApplicantAccessReports {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: LinkGate,
    private readonly reports: AccessReports,
  ) {}

  /** The link's latest report; changes nothing (mail scanners open links). */
  async state(caller: LinkCaller): Promise<ApplicantAccessReportState> {
    const grant = await this.gate.open(caller.token, 'application', caller.ip);
    const report = await this.reports.latestSelfRequested(
      this.dataSource.manager,
      applicantRecord(grant),
    );
    return { report: report && toApplicantReport(report) };
  }

  /** Asks for a report, or returns the one asked for within the last minutes unless it failed. */
  async request(caller: LinkCaller): Promise<ApplicantAccessReportState> {
    const { report, fresh } = await this.dataSource.transaction(async (manager) => {
      const grant = await this.gate.use(manager, caller.token, 'application', caller.ip);
      // The application's row lock lines up two presses at one moment: the second sees the first's report.
      const [application] = await lockedApplicationLocale.all(manager, [grant.subjectId]);
      if (!application) throw new LinkFailedError('unknown');
      const record = applicantRecord(grant);
      const latest = await this.reports.latestSelfRequested(manager, record);
      const since = Date.now() - APPLICANT_ACCESS_REPORT_MINUTES * 60_000;
      if (latest && latest.status !== 'failed' && latest.createdAt.getTime() > since) {
        return { report: latest, fresh: false };
      }
      const created = await this.reports.insert(
        manager,
        { records: [record], locale: application.locale },
        null,
      );
      return { report: created, fresh: true };
    });
    if (fresh) await this.reports.enqueue(report.id);
    return { report: toApplicantReport(report) };
  }

  /** The link's finished report as JSON or HTML; 404 while there is none ready. */
  async file(caller: LinkCaller, format: 'json' | 'html'): Promise<AccessReportFile> {
    const grant = await this.gate.open(caller.token, 'application', caller.ip);
    const report = await this.reports.latestSelfRequested(
      this.dataSource.manager,
      applicantRecord(grant),
    );
    if (!report) throw new NotFoundError('No access report was asked for through this link');
    return fileOf(report, format);
  }
}
