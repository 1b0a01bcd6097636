import type {
  ImportFormat,
  ImportKind,
  ImportLocale,
  ImportRowResult,
  ImportStatus,
  ImportValue,
  MembershipStatus,
} from '@kohorte/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../../infra/auth/user.entity';
import { CohortEntity } from '../programmes/index';

/**
 * One import: the uploaded file (as CSV text), how it was read, its column mapping, the dry run's row-by-row verdicts, and the
 * progress of the job that writes it. The file is kept until the import is applied or discarded.
 */
@Entity({ name: 'import_jobs' })
@Index('import_jobs_created_at_idx', ['createdAt'])
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ImportKind;

  @Column({ type: 'varchar', length: 16 })
  status!: ImportStatus;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  /** The file's table as CSV text; cleared once the import is applied or discarded. */
  @Column({ type: 'text', nullable: true })
  content!: string | null;

  @Column({ type: 'varchar', length: 8, default: 'csv' })
  format!: ImportFormat;

  /** How a text file was decoded; null for xlsx. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  encoding!: string | null;

  /** An xlsx file's worksheets, and the one read. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sheets!: string[];

  @Column({ type: 'varchar', length: 255, nullable: true })
  sheet!: string | null;

  /** How the file writes numbers and dates (`de` or `en`), for the whole file. */
  @Column({ type: 'varchar', length: 2, default: 'de' })
  locale!: ImportLocale;

  @Column({ type: 'varchar', length: 1 })
  delimiter!: string;

  /** The file's header row, as written. */
  @Column({ type: 'text', array: true })
  headers!: string[];

  /** Record field → the file's column header that fills it. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  mapping!: Record<string, string>;

  /** Startups only: the cohort every imported startup joins, and with which status. */
  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId!: string | null;

  @ManyToOne(() => CohortEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity | null;

  @Column({ name: 'membership_status', type: 'varchar', length: 16, nullable: true })
  membershipStatus!: MembershipStatus | null;

  /** The dry run's values of vocabulary and choice columns that no key or label names. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  values!: ImportValue[];

  /** The dry run's verdict for every row. */
  @Column({ type: 'jsonb', nullable: true })
  rows!: ImportRowResult[] | null;

  @Column({ name: 'total_rows', type: 'integer', default: 0 })
  totalRows!: number;

  @Column({ name: 'processed_rows', type: 'integer', default: 0 })
  processedRows!: number;

  /** 0–100 while validating or applying. */
  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ name: 'created_count', type: 'integer', default: 0 })
  createdCount!: number;

  @Column({ name: 'updated_count', type: 'integer', default: 0 })
  updatedCount!: number;

  @Column({ name: 'rejected_count', type: 'integer', default: 0 })
  rejectedCount!: number;

  /** Why the job failed, in words a manager can act on. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
