import type { PinKind } from '@kohorte/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { ApplicationEntity } from '../applications/index';
import { CallReviewerEntity } from './call-reviewer.entity';

/** A conflict of interest a reviewer declared for an application (the found ones are computed). */
@Entity({ name: 'review_conflicts' })
export class ReviewConflictEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @PrimaryColumn({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  @ManyToOne(() => CallReviewerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: CallReviewerEntity;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'declared_at', type: 'timestamptz' })
  declaredAt!: Date;
}

/** A manager's pin on a pair for the next assignment: always (`pin`) or never (`exclude`). */
@Entity({ name: 'review_pins' })
@Index('review_pins_reviewer_idx', ['reviewerId'])
export class ReviewPinEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @PrimaryColumn({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  @ManyToOne(() => CallReviewerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: CallReviewerEntity;

  @Column({ type: 'varchar', length: 8 })
  kind!: PinKind;
}
