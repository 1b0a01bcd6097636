import type { MembershipStatus } from '@kohorte/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { StartupEntity } from '../startups/index';
import { CohortEntity } from './cohort.entity';

/** A startup in a cohort, with where it stands (applied → accepted → active → alumni, or dropped). */
@Entity({ name: 'cohort_startups' })
export class CohortMembershipEntity {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @Index('cohort_startups_startup_id_idx')
  @PrimaryColumn({ name: 'startup_id', type: 'uuid' })
  startupId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @ManyToOne(() => StartupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'startup_id' })
  startup?: StartupEntity;

  @Column({ type: 'varchar', length: 16, default: 'applied' })
  status!: MembershipStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
