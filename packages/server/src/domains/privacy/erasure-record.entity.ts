import type { ErasureRecord, PrivacyRecordKind } from '@kohorte/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What an erasure leaves behind, to prove it happened: the kinds of records, when, by whom (a
 * staff id, or null for the retention job) and how many rows per section. No personal data:
 * not the person's name, email or record ids.
 */
@Entity({ name: 'privacy_erasures' })
@Index('privacy_erasures_erased_at_idx', ['erasedAt'])
export class ErasureRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16, array: true })
  kinds!: PrivacyRecordKind[];

  @Column({ type: 'varchar', length: 16 })
  reason!: ErasureRecord['reason'];

  @Column({ type: 'jsonb' })
  counts!: Record<string, number>;

  @Column({ name: 'queued_jobs', type: 'integer', default: 0 })
  queuedJobs!: number;

  @Column({ name: 'erased_by', type: 'uuid', nullable: true })
  erasedBy!: string | null;

  @CreateDateColumn({ name: 'erased_at', type: 'timestamptz' })
  erasedAt!: Date;
}
