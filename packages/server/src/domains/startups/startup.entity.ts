import type { StartupStatus } from '@kohorte/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { bigintNumber } from '../../infra/database/bigint-number.transformer';

@Entity({ name: 'startups' })
// Trigram index over STARTUP_SEARCH_EXPRESSION; created by the migration (TypeORM cannot express
// expression indexes with operator classes).
@Index('startups_search_trgm_idx', { synchronize: false })
// The list's sort orders and filters, chosen by EXPLAIN on 100k rows (scripts/explain-startup-list.mjs).
// Expression indexes, written by hand in their migration: (status, lower(name), id) for the default
// sort and (status, lower(city), id) for the city filter and sort.
@Index('startups_status_name_lower_idx', { synchronize: false })
@Index('startups_status_city_lower_idx', { synchronize: false })
@Index('startups_status_updated_at_idx', ['status', 'updatedAt'])
@Index('startups_status_created_at_idx', ['status', 'createdAt', 'id'])
@Index('startups_status_founded_on_idx', ['status', 'foundedOn', 'id'])
// Covers the stage filter, and the stage sort (by list position) reads it instead of the table.
@Index('startups_status_stage_idx', ['status', 'stage', 'id'])
@Index('startups_sectors_idx', ['sectors'], { type: 'gin' })
@Index('startups_tags_idx', ['tags'], { type: 'gin' })
// Trigram index over STARTUP_FINDER_EXPRESSION (the toolbar search: name, city, tags).
@Index('startups_finder_trgm_idx', { synchronize: false })
// The website's host, for the duplicates of applications (migration ApplicationCalls).
@Index('startups_website_host_idx', { synchronize: false })
export class StartupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'one_liner', type: 'varchar', length: 280, nullable: true })
  oneLiner!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  website!: string | null;

  @Column({ name: 'founded_on', type: 'date', nullable: true })
  foundedOn!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  stage!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors!: string[];

  @Column({ name: 'team_size', type: 'integer', nullable: true })
  teamSize!: number | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city!: string | null;

  @Column({ name: 'funding_raised_eur', type: 'bigint', nullable: true, transformer: bigintNumber })
  fundingRaisedEur!: number | null;

  @Column({ name: 'funding_sought_eur', type: 'bigint', nullable: true, transformer: bigintNumber })
  fundingSoughtEur!: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  /** Free labels staff give the startup ("EXIST", "Batch 2025"); unique case-insensitively. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: StartupStatus;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** 0–100, computed by the `startup.score-profile` job; null until it ran. */
  @Column({ name: 'profile_completeness', type: 'smallint', nullable: true })
  profileCompleteness!: number | null;

  /** The revision the completeness was computed for; the job skips work already done. */
  @Column({ name: 'scored_revision', type: 'integer', nullable: true })
  scoredRevision!: number | null;

  /** Incremented by the service on every edit; the score job's id carries it. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
