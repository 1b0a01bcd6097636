import type { Locale, ReviewerKind } from '@kohorte/contracts';
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
import { CallEntity } from '../applications/index';

/**
 * A reviewer of one call: a staff member, a mentor or an external juror, with the expertise the
 * assignment fits to the applications and the most reviews they take. Everyone reviews through
 * their link; the name and email are kept here so that an external needs no account.
 */
@Entity({ name: 'call_reviewers' })
@Index('call_reviewers_call_email_key', { synchronize: false })
@Index('call_reviewers_call_idx', ['callId'])
export class CallReviewerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId!: string;

  // A deleted call takes its reviewers, and with them their reviews and conflicts.
  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id' })
  call?: CallEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: ReviewerKind;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'mentor_id', type: 'uuid', nullable: true })
  mentorId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 2 })
  locale!: Locale;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  stages!: string[];

  @Column({ name: 'max_load', type: 'integer' })
  maxLoad!: number;

  /** When the last invitation was sent. */
  @Column({ name: 'invited_at', type: 'timestamptz', nullable: true })
  invitedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
