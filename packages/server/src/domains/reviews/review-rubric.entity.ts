import type { RubricCriterion } from '@kohorte/contracts';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CallEntity } from '../applications/index';

/** A call's rubric and review round: the criteria, reviewers per application, the deadline. */
@Entity({ name: 'review_rubrics' })
export class ReviewRubricEntity {
  @PrimaryColumn({ name: 'call_id', type: 'uuid' })
  callId!: string;

  @OneToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id' })
  call?: CallEntity;

  @Column({ type: 'jsonb' })
  criteria!: RubricCriterion[];

  @Column({ name: 'reviewers_per_application', type: 'integer', default: 3 })
  reviewersPerApplication!: number;

  @Column({ name: 'review_deadline', type: 'timestamptz', nullable: true })
  reviewDeadline!: Date | null;

  /**
   * The committee's order of the applications, once it moved one; null while the ranking follows
   * the calibrated scores.
   */
  @Column({ name: 'committee_order', type: 'uuid', array: true, nullable: true })
  committeeOrder!: string[] | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
