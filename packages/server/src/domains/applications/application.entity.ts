import type {
  AnswerValue,
  ApplicationProfile,
  ApplicationStatus,
  EligibilityState,
  Locale,
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
import { CallEntity } from './call.entity';

/**
 * One applicant's application to a call: a draft until submitted, then screened and decided. The
 * applicant reaches it only through the link mailed to `email`; one application per address and call.
 */
@Entity({ name: 'applications' })
@Index('applications_call_email_key', { synchronize: false })
@Index('applications_call_status_idx', ['callId', 'status'])
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId!: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id' })
  call?: CallEntity;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 2 })
  locale!: Locale;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: ApplicationStatus;

  @Column({ name: 'founder_name', type: 'varchar', length: 200, nullable: true })
  founderName!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  profile!: ApplicationProfile;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers!: Record<string, AnswerValue>;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  eligibility!: EligibilityState;

  /** Who marked it; null while the eligibility answers' pre-mark (or nothing) stands. */
  @Column({ name: 'eligibility_by', type: 'uuid', nullable: true })
  eligibilityBy!: string | null;

  @Column({ name: 'eligibility_reason', type: 'text', nullable: true })
  eligibilityReason!: string | null;

  @Column({ name: 'consent_version', type: 'integer', nullable: true })
  consentVersion!: number | null;

  @Column({ name: 'consented_at', type: 'timestamptz', nullable: true })
  consentedAt!: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  /** The startup an accepted application became (or updated). */
  @Column({ name: 'startup_id', type: 'uuid', nullable: true })
  startupId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
