import { Injectable } from '@nestjs/common';
import type { JobName } from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { JobProducer } from './job-producer';
import { column, query } from '../database/typed-query';
import { deleteRelayedJobs } from './job-outbox-queries';

const BATCH = 100;

const keptJobs = query(
  `SELECT id, name, payload, job_id AS "jobId", run_at AS "runAt" FROM job_outbox
           ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
  {
    id: 'int8',
    name: column('text').as<JobName>(),
    payload: column('jsonb').as<Record<string, unknown>>(),
    jobId: 'text',
    runAt: 'timestamptz',
  },
);

/** Redis refused a kept job (the database answered); the pump names the store that failed. */
export class KeptJobNotTaken extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'KeptJobNotTaken';
  }
}

/**
 * Hands the jobs kept in `job_outbox` (Redis did not take them when they were enqueued) to BullMQ,
 * oldest first, and forgets each once Redis has it. Rows are claimed with SKIP LOCKED, so workers
 * relay side by side; a row handed over twice (a crash between the add and the commit) is still
 * one job, by its id.
 */
@Injectable()
export class JobOutboxRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: JobProducer,
  ) {}

  /** Relays what is kept; returns how many jobs reached Redis. Stops at the first that does not. */
  async relay(): Promise<number> {
    let relayed = 0;
    for (;;) {
      const handed = await this.dataSource.transaction(async (manager) => {
        const rows = await keptJobs.all(manager);
        const done: string[] = [];
        let failure: Error | null = null;
        for (const row of rows) {
          try {
            await this.producer.handOver(row);
          } catch (error) {
            failure = new KeptJobNotTaken(error);
            break;
          }
          done.push(row.id);
        }
        // What reached Redis is forgotten even when a later row could not be handed over.
        if (done.length > 0) {
          await deleteRelayedJobs.run(manager, [done]);
        }
        return { count: done.length, full: rows.length === BATCH, failure };
      });
      relayed += handed.count;
      if (handed.failure) throw handed.failure;
      if (!handed.full) return relayed;
    }
  }
}
