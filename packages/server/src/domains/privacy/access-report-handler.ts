import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KOHORTE_CONFIG, type KohorteConfig } from '../../infra/config/kohorte-config';
import { AccessReportEntity } from './access-report.entity';
import { type AccessReportContent, accessReportHtml } from './access-report-html';
import { PERSONAL_DATA_REGISTRY } from './personal-data-registry';
import { recordsOf } from './privacy-records';
import { readSection, type SectionRow } from './registry-sql';
import { failAccessReport, finishAccessReport, setAccessReportProgress } from './privacy-queries';

export type AccessReportOutcome = 'done' | 'already-done' | 'gone';

/**
 * Handler of `privacy.access`: reads every registry section for the report's records (progress
 * after each section), then writes the JSON and the HTML in one statement. Safe to run twice: a
 * finished report is left alone, an unfinished one is built again from the start.
 */
@Injectable()
export class AccessReportHandler {
  private readonly logger = new Logger(AccessReportHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig,
  ) {}

  async run(reportId: string): Promise<AccessReportOutcome> {
    const report = await this.dataSource.manager.findOneBy(AccessReportEntity, { id: reportId });
    // Erased (with the person) or expired since it was asked for.
    if (!report) return 'gone';
    if (report.status === 'done') return 'already-done';
    await this.progress(reportId, 'running', 0);
    try {
      const content = await this.collect(report);
      const html = accessReportHtml(content, report.locale, this.config.incubatorName);
      const counts = Object.fromEntries(
        Object.entries(content.sections).map(([key, rows]) => [key, rows.length]),
      );
      await finishAccessReport.run(this.dataSource, [
        reportId,
        JSON.stringify(content),
        html,
        JSON.stringify(counts),
      ]);
      this.logger.log(`Access report ${reportId}: ${Object.keys(counts).length} sections`);
      return 'done';
    } catch (error) {
      await failAccessReport.run(this.dataSource, [reportId, (error as Error).message]);
      throw error;
    }
  }

  private async collect(report: AccessReportEntity): Promise<AccessReportContent> {
    // Statement by statement, not in one snapshot: the progress updates between sections need a
    // connection, and a transaction held across them would keep two busy.
    const manager = this.dataSource.manager;
    const records = await recordsOf(manager, report.records);
    const sections: Record<string, SectionRow[]> = {};
    const steps = PERSONAL_DATA_REGISTRY.length;
    for (const [index, section] of PERSONAL_DATA_REGISTRY.entries()) {
      const seen = new Set<string>();
      for (const record of records) {
        for (const row of await readSection(manager, section, record)) {
          // The report being built is not part of itself; a row found by two records, once.
          if (section.table === 'privacy_access_reports' && row.id === report.id) continue;
          const key = JSON.stringify(row);
          if (seen.has(key)) continue;
          seen.add(key);
          (sections[section.key] ??= []).push(row);
        }
      }
      if (index % 4 === 3) {
        await this.progress(report.id, 'running', Math.floor(((index + 1) / steps) * 99));
      }
    }
    return { generatedAt: new Date().toISOString(), records, sections };
  }

  private async progress(reportId: string, status: 'running', progress: number): Promise<void> {
    await setAccessReportProgress.run(this.dataSource, [reportId, status, progress]);
  }
}
