import type { CohortStatus } from '@kohorte/contracts';
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
import { ProgrammeEntity } from './programme.entity';

/** One batch of a programme, with its dates and status. */
@Entity({ name: 'cohorts' })
@Check('cohorts_dates_check', `"starts_on" <= "ends_on"`)
@Check('cohorts_capacity_check', `"capacity" IS NULL OR "capacity" >= 0`)
@Index('cohorts_finder_trgm_idx', { synchronize: false })
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('cohorts_programme_id_idx')
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ type: 'varchar', length: 16, default: 'planning' })
  status!: CohortStatus;

  /** How many startups the cohort takes. */
  @Column({ type: 'smallint', nullable: true })
  capacity!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
