import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { bigintNumber } from '../../infra/database/bigint-number.transformer';
import { StartupEntity } from '../startups/index';

/** One month's figures of a startup, as its founders reported them through their profile link. */
@Entity({ name: 'startup_figures' })
@Index('startup_figures_startup_month_key', ['startupId', 'month'], { unique: true })
export class StartupFiguresEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'startup_id', type: 'uuid' })
  startupId!: string;

  @ManyToOne(() => StartupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'startup_id' })
  startup?: StartupEntity;

  /** `YYYY-MM`. */
  @Column({ type: 'char', length: 7 })
  month!: string;

  @Column({ name: 'revenue_eur', type: 'bigint', nullable: true, transformer: bigintNumber })
  revenueEur!: number | null;

  @Column({ type: 'integer', nullable: true })
  customers!: number | null;

  @Column({ name: 'team_size', type: 'integer', nullable: true })
  teamSize!: number | null;

  @Column({ name: 'funding_raised_eur', type: 'bigint', nullable: true, transformer: bigintNumber })
  fundingRaisedEur!: number | null;

  @Column({ type: 'text', nullable: true })
  highlights!: string | null;

  @Column({ type: 'text', nullable: true })
  asks!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
