import type { CriterionScore, Recommendation } from '@kohorte/contracts';
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
import { ApplicationEntity } from '../applications/index';
import { CallReviewerEntity } from './call-reviewer.entity';

/**
 * One reviewer's review of one application: written when the invitation is sent, filled in and
 * submitted through the reviewer's link. `overall` is the rubric's weighted score at submission,
 * what the calibration works from.
 */
@Entity({ name: 'reviews' })
@Index('reviews_application_reviewer_key', ['applicationId', 'reviewerId'], { unique: true })
@Index('reviews_reviewer_idx', ['reviewerId'])
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId!: string;

  // An erased application (retention, GDPR) takes its reviews with it.
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  @ManyToOne(() => CallReviewerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: CallReviewerEntity;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  scores!: Record<string, CriterionScore>;

  @Column({ type: 'varchar', length: 16, nullable: true })
  recommendation!: Recommendation | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'double precision', nullable: true })
  overall!: number | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
