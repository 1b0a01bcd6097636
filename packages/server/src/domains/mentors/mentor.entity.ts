import type { MentorStatus } from '@kohorte/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A person who mentors startups: what they know, for whom, in which languages, and how many at once. */
@Entity({ name: 'mentors' })
@Check('mentors_capacity_check', `"capacity" >= 0`)
// Emails are compared case-insensitively: the unique index is on their lower-case form.
@Index('mentors_email_lower_key', { synchronize: false })
// Expression indexes written by hand in their migration: the list's default sort
// (status, lower(full_name), id) and the toolbar search's trigram index over MENTOR_FINDER_EXPRESSION.
@Index('mentors_status_name_lower_idx', { synchronize: false })
@Index('mentors_finder_trgm_idx', { synchronize: false })
@Index('mentors_tags_idx', ['tags'], { type: 'gin' })
@Index('mentors_expertise_idx', ['expertise'], { type: 'gin' })
export class MentorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  company!: string | null;

  @Column({ name: 'job_title', type: 'varchar', length: 200, nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  bio!: string | null;

  /** Topic keys the mentor can help with. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  stages!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'varchar', length: 120, nullable: true })
  city!: string | null;

  /** How many startups at once. */
  @Column({ type: 'smallint', default: 2 })
  capacity!: number;

  @Column({ name: 'available_from', type: 'date', nullable: true })
  availableFrom!: string | null;

  @Column({ name: 'available_until', type: 'date', nullable: true })
  availableUntil!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: MentorStatus;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  /** Set while archived: hidden from lists and matching, kept for the history. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
