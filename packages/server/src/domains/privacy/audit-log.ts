import { Injectable, Logger } from '@nestjs/common';
import {
  type AuditAction,
  type AuditEntry,
  type AuditPage,
  type AuditRecordKind,
  type Locale,
  MAX_AUDIT_CSV_ROWS,
} from '@kohorte/contracts';
import { stringify } from 'csv-stringify/sync';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

/** One access to record: a read of a record, or an export with its filter. */
export interface AuditAccess {
  userId: string;
  action: AuditAction;
  recordKind?: AuditRecordKind | null;
  recordId?: string | null;
  exportFile?: string | null;
  filterQuery?: string | null;
}

/** What admins search the log by; every part optional. */
export interface AuditSearch {
  userId?: string;
  recordId?: string;
  action?: AuditAction;
  from?: Date;
  to?: Date;
}

interface AuditRow {
  id: string;
  userId: string | null;
  userName: string | null;
  action: AuditAction;
  recordKind: AuditRecordKind | null;
  recordId: string | null;
  exportFile: string | null;
  filterQuery: string | null;
  at: Date;
}

/**
 * The audit log of staff access (GDPR accountability): the API records reads of personal records
 * and export downloads; admins search it and export it. Recording is one INSERT that never fails
 * the request it belongs to.
 */
@Injectable()
export class AuditLog {
  private readonly logger = new Logger(AuditLog.name);

  constructor(private readonly dataSource: DataSource) {}

  /** Records one access; a failure is logged (its code only) and swallowed. */
  async record(access: AuditAccess): Promise<void> {
    try {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(AuditEntryEntity)
        .values({
          userId: access.userId,
          action: access.action,
          recordKind: access.recordKind ?? null,
          recordId: access.recordId ?? null,
          exportFile: access.exportFile ?? null,
          filterQuery: access.filterQuery ?? null,
        })
        .execute();
    } catch (error) {
      // The database's message may quote the values: log its error code only.
      const code = (error as { code?: string }).code ?? (error as Error).name;
      this.logger.warn(`Audit entry not recorded (${code})`);
    }
  }

  async search(filter: AuditSearch, page: number, pageSize: number): Promise<AuditPage> {
    const query = this.query(filter);
    const total = await query.clone().getCount();
    const rows = await query
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawMany<AuditRow>();
    return { items: rows.map(toEntry), total, page, pageSize };
  }

  /** The search as CSV (UTF-8 with BOM), newest first, headings in the reader's language. */
  async csv(filter: AuditSearch, locale: Locale): Promise<string> {
    const rows = await this.query(filter).limit(MAX_AUDIT_CSV_ROWS).getRawMany<AuditRow>();
    const headings =
      locale === 'de'
        ? [
            'Zeitpunkt',
            'Mitarbeiter:in',
            'Benutzer-ID',
            'Aktion',
            'Art',
            'Datensatz',
            'Export',
            'Filter',
          ]
        : ['Time', 'Staff member', 'User id', 'Action', 'Kind', 'Record', 'Export', 'Filter'];
    return (
      '\uFEFF' +
      stringify([
        headings,
        ...rows
          .map(toEntry)
          .map((entry) => [
            entry.at,
            neutralised(entry.userName ?? ''),
            entry.userId ?? '',
            entry.action,
            entry.recordKind ?? '',
            entry.recordId ?? '',
            entry.exportName ?? '',
            neutralised(entry.exportQuery ?? ''),
          ]),
      ])
    );
  }

  private query(filter: AuditSearch): SelectQueryBuilder<AuditEntryEntity> {
    const query = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .leftJoin('users', 'u', 'u.id = a.user_id')
      .select([
        'a.id AS "id"',
        'a.user_id AS "userId"',
        'u.name AS "userName"',
        'a.action AS "action"',
        'a.record_kind AS "recordKind"',
        'a.record_id AS "recordId"',
        'a.export_file AS "exportFile"',
        'a.filter_query AS "filterQuery"',
        'a.at AS "at"',
      ])
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC');
    if (filter.userId) query.andWhere('a.user_id = :userId', { userId: filter.userId });
    if (filter.recordId) query.andWhere('a.record_id = :recordId', { recordId: filter.recordId });
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.at < :to', { to: filter.to });
    return query;
  }
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    userId: row.userId,
    userName: row.userName,
    action: row.action,
    recordKind: row.recordKind,
    recordId: row.recordId,
    exportName: row.exportFile,
    exportQuery: row.filterQuery,
    at: new Date(row.at).toISOString(),
  };
}

// A spreadsheet would run a cell starting with these as a formula.
function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
