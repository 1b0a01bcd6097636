import type { MatchRuleKind } from '@kohorte/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { InvestorEntity } from '../investors/index';
import { MentorEntity } from '../mentors/index';
import { CohortEntity } from '../programmes/index';
import { StartupEntity } from '../startups/index';

/** A manager's pin (always propose) or rejection (never again) of a pair, for the cohort's next runs. */
@Entity({ name: 'match_rules' })
@Unique('match_rules_mentor_key', ['cohortId', 'startupId', 'mentorId'])
@Unique('match_rules_investor_key', ['cohortId', 'startupId', 'investorId'])
@Check('match_rules_partner_check', `("mentor_id" IS NULL) <> ("investor_id" IS NULL)`)
@Index('match_rules_startup_id_idx', ['startupId'])
@Index('match_rules_mentor_id_idx', ['mentorId'])
@Index('match_rules_investor_id_idx', ['investorId'])
export class MatchRuleEntity {
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

  @Column({ name: 'mentor_id', type: 'uuid', nullable: true })
  mentorId!: string | null;

  @ManyToOne(() => MentorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: MentorEntity | null;

  @Column({ name: 'investor_id', type: 'uuid', nullable: true })
  investorId!: string | null;

  @ManyToOne(() => InvestorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'investor_id' })
  investor?: InvestorEntity | null;

  @Column({ type: 'varchar', length: 8 })
  rule!: MatchRuleKind;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
