import type {
  MatchShortfall,
  MatchingKind,
  MatchingParameters,
  MatchingRunStats,
  MatchingRunStatus,
  MatchingStep,
} from '@kohorte/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CohortEntity } from '../programmes/index';
import { decimalNumber } from './decimal-number.transformer';

/** The stats column: the run's figures, and the startups the engine left short (with why). */
export interface StoredRunStats extends MatchingRunStats {
  shortfallList: (MatchShortfall & { startupId: string })[];
  /** Reading the run's inputs, and writing its proposals (for bench:matching-job). */
  loadMs?: number;
  saveMs?: number;
}

/** One matching run over a cohort's startups and its mentor pool or the investors. */
@Entity({ name: 'matching_runs' })
// Hand-written partial unique index: one queued or running run per (cohort, kind), so a second
// start is a conflict even when two requests race.
@Index('matching_runs_active_key', { synchronize: false })
@Index('matching_runs_cohort_id_idx', ['cohortId', 'createdAt'])
@Check('matching_runs_progress_check', `"progress" BETWEEN 0 AND 100`)
export class MatchingRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: MatchingKind;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: MatchingRunStatus;

  /** k, minScore, weights, fairness: as the run used them. */
  @Column({ type: 'jsonb' })
  parameters!: MatchingParameters;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ type: 'text', nullable: true })
  step!: MatchingStep | null;

  /** Why the run failed, for the manager. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({
    name: 'total_score',
    type: 'numeric',
    precision: 14,
    scale: 3,
    nullable: true,
    transformer: decimalNumber,
  })
  totalScore!: number | null;

  /** The solver's statistics, the run's counts and the startups left short. */
  @Column({ type: 'jsonb', nullable: true })
  stats!: StoredRunStats | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
