import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MentorEntity } from '../mentors/index';
import { CohortEntity } from './cohort.entity';
import { StartupEntity } from '../startups/index';

/**
 * A mentor working with a startup in a cohort: assigned by a manager, or (later) an accepted match.
 * Live while `ended_at` is null; a mentor's current mentees count against their capacity.
 */
@Entity({ name: 'mentorships' })
// Hand-written partial unique index: one live mentorship per (cohort, startup, mentor).
@Index('mentorships_live_key', { synchronize: false })
@Index('mentorships_mentor_id_idx', ['mentorId'])
@Index('mentorships_startup_id_idx', ['startupId'])
export class MentorshipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'startup_id', type: 'uuid' })
  startupId!: string;

  @ManyToOne(() => StartupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'startup_id' })
  startup?: StartupEntity;

  @Column({ name: 'mentor_id', type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => MentorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: MentorEntity;

  /** `manual` (a manager assigned it) or `match` (an accepted offer). */
  @Column({ type: 'varchar', length: 16, default: 'manual' })
  source!: 'manual' | 'match';

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
