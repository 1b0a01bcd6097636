import type { ConsentPurpose } from '@kohorte/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * One answer to a consent question (given or withdrawn), with the version of the text that was
 * shown and when. Append-only: the latest answer per startup and purpose is the consent.
 */
@Entity({ name: 'privacy_consents' })
@Index('privacy_consents_startup_purpose_idx', ['startupId', 'purpose', 'createdAt'])
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'startup_id', type: 'uuid' })
  startupId!: string;

  // Named, not imported: startups erase through privacy, so privacy must not import startups.
  @ManyToOne('StartupEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'startup_id' })
  startup?: unknown;

  /** The founder who answered (null once they are erased: the answer stays the startup's). */
  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  purpose!: ConsentPurpose;

  @Column({ type: 'boolean' })
  given!: boolean;

  @Column({ name: 'text_version', type: 'varchar', length: 32 })
  textVersion!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
