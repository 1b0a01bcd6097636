import type { AccessReportStatus, Locale, PrivacyRecordRef } from '@kohorte/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One access request (GDPR Art. 15): the records that make up the person, the job's progress,
 * and the result (JSON and the readable HTML) until it expires. The report is itself personal
 * data: the registry covers it, erasure removes it and the daily sweep deletes expired ones.
 */
@Entity({ name: 'privacy_access_reports' })
@Index('privacy_access_reports_expires_at_idx', ['expiresAt'])
export class AccessReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: AccessReportStatus;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ type: 'varchar', length: 2 })
  locale!: Locale;

  @Column({ type: 'jsonb' })
  records!: PrivacyRecordRef[];

  /** Rows per registry section, once done. */
  @Column({ type: 'jsonb', nullable: true })
  counts!: Record<string, number> | null;

  /** The machine-readable report. */
  @Column({ type: 'jsonb', nullable: true })
  content!: unknown;

  /** The readable report, in the person's language. */
  @Column({ type: 'text', nullable: true })
  html!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
