import type { JobName } from '@kohorte/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job that Redis did not take when it was enqueued (down, or too slow to answer): kept here
 * until the relay hands it to BullMQ with its deterministic id, so that a Redis outage delays
 * work instead of losing it or holding a request.
 */
@Entity({ name: 'job_outbox' })
@Index('job_outbox_run_at_idx', ['runAt'])
export class JobOutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: JobName;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** BullMQ's job id: handing the same row over twice still gives one job. */
  @Column({ name: 'job_id', type: 'varchar', length: 200 })
  jobId!: string;

  /** When the job is due (a delayed job keeps its time across the outage). */
  @Column({ name: 'run_at', type: 'timestamptz' })
  runAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
