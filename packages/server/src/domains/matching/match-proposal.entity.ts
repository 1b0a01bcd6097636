import type { ProposalPart, ProposalStatus } from '@kohorte/contracts';
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
import { decimalNumber } from './decimal-number.transformer';
import { MatchingRunEntity } from './matching-run.entity';

/** A pair a run proposes: a startup with a mentor or an investor, its score and explanation. */
@Entity({ name: 'match_proposals' })
@Unique('match_proposals_mentor_key', ['runId', 'startupId', 'mentorId'])
@Unique('match_proposals_investor_key', ['runId', 'startupId', 'investorId'])
@Check('match_proposals_partner_check', `("mentor_id" IS NULL) <> ("investor_id" IS NULL)`)
@Index('match_proposals_startup_id_idx', ['startupId'])
@Index('match_proposals_mentor_id_idx', ['mentorId'])
@Index('match_proposals_investor_id_idx', ['investorId'])
@Index('match_proposals_cohort_id_idx', ['cohortId'])
// The follow-up sweep's scan: open offers by when they went out.
@Index('match_proposals_open_offer_idx', ['offeredAt'], {
  where: `"status" IN ('startup-asked', 'offered')`,
})
export class MatchProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId!: string;

  @ManyToOne(() => MatchingRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: MatchingRunEntity;

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

  /** 0–100 in steps of 0.001. */
  @Column({ type: 'numeric', precision: 6, scale: 3, transformer: decimalNumber })
  score!: number;

  /** The score's parts with their reasons in German and English. */
  @Column({ type: 'jsonb' })
  parts!: ProposalPart[];

  /** 1 = the startup's best proposal in the run. */
  @Column({ type: 'smallint' })
  rank!: number;

  @Column({ type: 'varchar', length: 16, default: 'proposed' })
  status!: ProposalStatus;

  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** When the offer went out (for an investor: the startup was asked); the follow-ups count from here. */
  @Column({ name: 'offered_at', type: 'timestamptz', nullable: true })
  offeredAt!: Date | null;

  /**
   * A mentor offer's deadline: when it expires unless answered. Set when it is offered; a reminder
   * sent late moves it so that the mentor has at least a day. Null for investor pairs, whose waits
   * count from `offered_at`.
   */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** When the one reminder went out; null until then. */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
