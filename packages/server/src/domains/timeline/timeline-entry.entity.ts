import type {
  TimelineKind,
  FieldChange,
  StoredTimelineData,
  SubjectType,
} from '@kohorte/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../../infra/auth/user.entity';

/**
 * One entry on a record's timeline: a note, an edit with its field changes, a status move, an email.
 * Written in the same transaction as the change it describes. Entries are never updated except a
 * note's text by its author (kept in `changes`) and a note's deletion (a tombstone, not a removal).
 */
@Entity({ name: 'activities' })
@Index('activities_subject_idx', ['subjectType', 'subjectId', 'createdAt'])
@Index('activities_created_at_idx', ['createdAt'])
export class TimelineEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 16 })
  subjectType!: SubjectType;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'varchar', length: 24 })
  kind!: TimelineKind;

  /** The staff member who did it; null for the system, a founder's link or a mentor's answer. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity | null;

  /** Who did it when it was not a staff member ("founder", "import", a mentor's name). */
  @Column({ name: 'actor_label', type: 'varchar', length: 200, nullable: true })
  actorLabel!: string | null;

  /** A note's text; a short summary for other kinds. */
  @Column({ type: 'text', nullable: true })
  body!: string | null;

  /** Field by field, before → after (edits, and a note's earlier texts). */
  @Column({ type: 'jsonb', nullable: true })
  changes!: FieldChange[] | null;

  /** Kind-specific details: the cohort of a membership move, the import's id, an email's id. */
  @Column({ type: 'jsonb', nullable: true })
  data!: StoredTimelineData | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedBy!: string | null;
}
