import type { ImportKind, ImportRowResult, ImportStatus } from '@kohorte/contracts';
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
import { UserEntity } from '../auth/user.entity';

/**
 * One CSV import: the uploaded file, its column mapping, the dry run's row-by-row verdicts, and the
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

  /** The file's text (decoded UTF-8); cleared once the import is applied or discarded. */
  @Column({ type: 'text', nullable: true })
  content!: string | null;

  @Column({ type: 'varchar', length: 1 })
  delimiter!: string;

  /** The file's header row, as written. */
  @Column({ type: 'text', array: true })
  headers!: string[];

  /** Record field → the file's column header that fills it. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  mapping!: Record<string, string>;

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
