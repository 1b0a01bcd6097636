import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { StartupEntity } from '../startups/index';

/**
 * A person attached to a startup (founder, co-founder, contact). People are identified by their
 * email across record types: a contact whose email is also a mentor's is shown as that mentor, not
 * copied into a second record.
 */
@Entity({ name: 'startup_contacts' })
// Hand-written in the migration: unique (startup_id, lower(email)), and lower(email) alone for
// finding the same person among mentors and in the toolbar search.
@Index('startup_contacts_startup_email_key', { synchronize: false })
@Index('startup_contacts_email_lower_idx', { synchronize: false })
@Index('startup_contacts_finder_trgm_idx', { synchronize: false })
export class StartupContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'startup_id', type: 'uuid' })
  startupId!: string;

  @ManyToOne(() => StartupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'startup_id' })
  startup?: StartupEntity;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  /** Free text: "CEO & co-founder". */
  @Column({ type: 'varchar', length: 120, nullable: true })
  role!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  /** Founders get the startup's profile links (issue 5); other contacts do not. */
  @Column({ name: 'is_founder', type: 'boolean', default: true })
  isFounder!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
