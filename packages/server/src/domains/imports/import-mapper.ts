import type { ImportJob } from '@kohorte/contracts';
import type { ImportJobEntity } from './import-job.entity';

export function toImportJob(entity: ImportJobEntity): ImportJob {
  return {
    id: entity.id,
    kind: entity.kind,
    status: entity.status,
    fileName: entity.fileName,
    format: entity.format,
    encoding: entity.encoding,
    sheets: entity.sheets,
    sheet: entity.sheet,
    locale: entity.locale,
    delimiter: entity.delimiter,
    headers: entity.headers,
    mapping: entity.mapping,
    totalRows: entity.totalRows,
    processedRows: entity.processedRows,
    progress: entity.progress,
    counts: {
      create: entity.createdCount,
      update: entity.updatedCount,
      reject: entity.rejectedCount,
    },
    error: entity.error,
    cohortId: entity.cohortId,
    membershipStatus: entity.membershipStatus,
    values: entity.values,
    createdBy: entity.creator ? { id: entity.creator.id, name: entity.creator.name } : null,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    finishedAt: entity.finishedAt ? entity.finishedAt.toISOString() : null,
  };
}

/**
 * The id of a job for one state of an import: `updated_at` changes with every status move (and
 * only then), so enqueueing the same move twice gives one job, while a new dry run after a
 * changed mapping or a failed apply gets a job of its own instead of being swallowed by BullMQ's
 * record of the finished one. BullMQ rejects ids that contain ':'.
 */
export function importJobId(
  name: 'import.validate' | 'import.apply',
  importId: string,
  stateAt: Date,
): string {
  return `${name}.${importId}.${stateAt.getTime()}`;
}
