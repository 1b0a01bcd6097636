import type { AuditAction, AuditRecordKind } from '@kohorte/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One staff access in the audit log: who read which personal record, or downloaded which export
 * with which filter. It holds ids and the filter only, never the record's content.
 */
@Entity({ name: 'privacy_audit' })
@Index('privacy_audit_at_idx', ['at'])
@Index('privacy_audit_user_idx', ['userId', 'at'])
@Index('privacy_audit_record_idx', ['recordId', 'at'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null once the staff user was erased. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 8 })
  action!: AuditAction;

  @Column({ name: 'record_kind', type: 'varchar', length: 24, nullable: true })
  recordKind!: AuditRecordKind | null;

  /** Null for exports, and once the record was erased. */
  @Column({ name: 'record_id', type: 'uuid', nullable: true })
  recordId!: string | null;

  @Column({ name: 'export_file', type: 'varchar', length: 64, nullable: true })
  exportFile!: string | null;

  @Column({ name: 'filter_query', type: 'text', nullable: true })
  filterQuery!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
