import { Injectable, Logger } from '@nestjs/common';
import type { ErasureRecord, PersonRecord, PrivacyRecordRef } from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ErasureRecordEntity } from './erasure-record.entity';
import { PERSONAL_DATA_REGISTRY } from './personal-data-registry';
import { lockRecords, recordsOf } from './privacy-records';
import { QueuedJobEraser } from './queued-job-eraser';
import { eraseSection } from './registry-sql';
import { ConflictError } from '../../infra/errors/domain-errors';
import { setErasureQueuedJobs } from './privacy-queries';

export interface ErasureRequest {
  records: readonly PrivacyRecordRef[];
  /** The admin who erases; null for the retention job. */
  erasedBy: string | null;
  reason: ErasureRecord['reason'];
}

/**
 * Erasure (GDPR Art. 17), the one path for every record kind: what the registry finds about the
 * records is deleted or anonymised in one transaction, with the minimal erasure record; then
 * Redis loses the jobs and counters that name them. Deleting a mentor, investor or startup
 * anywhere in the app goes through here.
 */
@Injectable()
export class PrivacyErasures {
  private readonly logger = new Logger(PrivacyErasures.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queuedJobs: QueuedJobEraser,
  ) {}

  async erase(request: ErasureRequest): Promise<ErasureRecord> {
    const refs = uniqueRefs(request.records);
    const { record, people } = await this.dataSource.transaction(async (manager) => {
      const people = await recordsOf(manager, refs);
      if (request.erasedBy && people.some((p) => p.kind === 'user' && p.id === request.erasedBy)) {
        throw new ConflictError('An admin cannot erase their own account');
      }
      await lockRecords(manager, refs);
      const counts = await eraseWithin(manager, people);
      const record = await manager.save(
        manager.create(ErasureRecordEntity, {
          kinds: people.map((person) => person.kind),
          reason: request.reason,
          counts,
          queuedJobs: 0,
          erasedBy: request.erasedBy,
        }),
      );
      return { record, people };
    });
    try {
      record.queuedJobs = await this.queuedJobs.erase(people);
      await setErasureQueuedJobs.run(this.dataSource, [record.id, record.queuedJobs]);
    } catch (error) {
      // The database part holds; a job left in Redis re-reads the database and finds nothing.
      this.logger.warn(`Erasure ${record.id}: Redis not cleaned: ${(error as Error).message}`);
    }
    this.logger.log(`Erasure ${record.id}: ${JSON.stringify(record.counts)}`);
    return toErasureRecord(record);
  }

  /** The most recent erasures, newest first. */
  async list(limit = 100): Promise<ErasureRecord[]> {
    const rows = await this.dataSource.manager.find(ErasureRecordEntity, {
      order: { erasedAt: 'DESC' },
      take: limit,
    });
    return rows.map(toErasureRecord);
  }
}

/**
 * Runs every registry section over every record, in registry order (the outbox first, the
 * records last), inside the caller's transaction; returns the rows per section (non-zero only).
 */
export async function eraseWithin(
  manager: EntityManager,
  people: readonly PersonRecord[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const section of PERSONAL_DATA_REGISTRY) {
    for (const person of people) {
      const count = await eraseSection(manager, section, person);
      if (count > 0) counts[section.key] = (counts[section.key] ?? 0) + count;
    }
  }
  return counts;
}

function uniqueRefs(refs: readonly PrivacyRecordRef[]): PrivacyRecordRef[] {
  const seen = new Map(refs.map((ref) => [`${ref.kind}:${ref.id}`, ref]));
  return [...seen.values()];
}

function toErasureRecord(entity: ErasureRecordEntity): ErasureRecord {
  return {
    id: entity.id,
    kinds: entity.kinds,
    reason: entity.reason,
    counts: entity.counts,
    queuedJobs: entity.queuedJobs,
    erasedBy: entity.erasedBy,
    erasedAt: entity.erasedAt.toISOString(),
  };
}
