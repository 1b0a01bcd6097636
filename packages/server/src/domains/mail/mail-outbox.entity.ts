import type { Locale, MailStatus, SubjectType } from '@kohorte/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One email, written with the change that causes it and sent by the worker's `mail.send` job.
 * The row is the idempotency key of the send: a job finds it `sent` and does nothing. The rendered
 * subject and parts are stored at send time for the mailbox page (development mailbox and support).
 */
@Entity({ name: 'mail_outbox' })
@Index('mail_outbox_key_key', ['key'], { unique: true, where: '"key" IS NOT NULL' })
@Index('mail_outbox_status_created_at_idx', ['status', 'createdAt'])
@Index('mail_outbox_created_at_idx', ['createdAt'])
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The caller's dedup key: a second `add()` with the same key returns the first row. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  key!: string | null;

  @Column({ type: 'varchar', length: 320 })
  recipient!: string;

  @Column({ name: 'recipient_name', type: 'varchar', length: 200, nullable: true })
  recipientName!: string | null;

  @Column({ type: 'varchar', length: 2 })
  locale!: Locale;

  @Column({ type: 'varchar', length: 64 })
  template!: string;

  /** What the template needs (ids, names, links); never rendered HTML. */
  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Column({ name: 'subject_type', type: 'varchar', length: 16, nullable: true })
  subjectType!: SubjectType | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: MailStatus;

  /** Failed sends so far. */
  @Column({ type: 'smallint', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** The Message-ID the SMTP transport reported, or `dev-mailbox`. */
  @Column({ name: 'provider_message_id', type: 'varchar', length: 300, nullable: true })
  providerMessageId!: string | null;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
