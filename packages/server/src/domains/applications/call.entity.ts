import type { CallProfileField, CallQuestion, LocalizedText } from '@kohorte/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CohortEntity } from '../programmes/index';

/**
 * A cohort's call for applications: when it is open, what its public page says (both languages),
 * what its form asks, and how long rejected applications are kept.
 */
@Entity({ name: 'calls' })
@Index('calls_cohort_id_key', ['cohortId'], { unique: true })
@Check('calls_dates_check', `"opens_at" < "closes_at"`)
@Check('calls_retention_check', `"retention_days" > 0`)
export class CallEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  // A deleted cohort takes its call and the applications with it (their personal data too).
  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt!: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt!: Date;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'jsonb' })
  intro!: LocalizedText;

  @Column({ type: 'jsonb' })
  confirmation!: LocalizedText;

  @Column({ type: 'jsonb' })
  consent!: LocalizedText;

  /** Raised when the consent text changes: an application records the version it agreed to. */
  @Column({ name: 'consent_version', type: 'integer', default: 1 })
  consentVersion!: number;

  @Column({ name: 'profile_fields', type: 'text', array: true, default: () => "'{}'" })
  profileFields!: CallProfileField[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  questions!: CallQuestion[];

  @Column({ name: 'retention_days', type: 'integer' })
  retentionDays!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
