import { Injectable, Logger } from '@nestjs/common';
import type { ImportKind, ImportRowResult, ImportValue } from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { saveFounders } from '../contacts/index';
import { isOutage } from '../../infra/database/unavailable';
import { CohortStartupsService } from '../programmes/index';
import type { JobHandlers } from '../../infra/queue/job-handlers';
import { JobProducer } from '../../infra/queue/job-producer';
import { VocabulariesService } from '../vocabularies/index';
import { type Delimiter, parseCsv } from './csv-file';
import { ImportOutdatedError } from './import-errors';
import { ImportJobEntity } from './import-job.entity';
import { loadExisting } from './record-store';
import { RECORD_TABLES, type RecordWrite } from './record-tables';
import { columnIndexes, decideRows, type ParsedRow, parseRow, type RowPlan } from './row-verdicts';
import { ValueLookup } from './value-lookup';
import { loadRememberedValues } from './value-mappings';
import { collectValues } from './value-report';
import {
  claimImportToApply,
  failImport,
  markImportDone,
  markImportValidated,
  reportImportProgress,
} from './import-queries';

/** Rows per batch: one statement each, then a turn of the event loop (BullMQ renews its lock). */
const BATCH = 1000;
/** Rows whose changed verdict an apply failure lists by number. */
const LISTED_ROWS = 5;

export type ImportJobOutcome = 'validated' | 'done' | 'failed' | 'skipped';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface DryRun {
  results: ImportRowResult[];
  plans: RowPlan[];
  values: ImportValue[];
}

/**
 * Handlers of `import.validate` (the dry run) and `import.apply`. Both re-read the import and do
 * nothing when its status says the work is done or not wanted; the apply writes all or nothing.
 */
@Injectable()
export class ImportJobHandler {
  private readonly logger = new Logger(ImportJobHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly vocabularies: VocabulariesService,
    private readonly activity: TimelineRecorder,
    private readonly jobs: JobProducer,
    private readonly cohortStartups: CohortStartupsService,
  ) {}

  /**
   * The imports queue's jobs, by name. An apply delivered again (a retry, a worker that stalled or
   * died, or resumed by the stuck-work sweep) may take up an import left `applying`.
   */
  readonly handlers: JobHandlers<'import.validate' | 'import.apply'> = {
    'import.validate': ({ importId }) => this.validate(importId),
    'import.apply': ({ importId, resume }, delivery) =>
      this.apply(importId, delivery.redelivered || resume === true),
  };

  /** The dry run: every row's verdict, stored on the import; no record is touched. */
  async validate(importId: string): Promise<ImportJobOutcome> {
    const job = await this.dataSource.getRepository(ImportJobEntity).findOneBy({ id: importId });
    if (!job || job.status !== 'validating' || job.content === null) return 'skipped';
    try {
      const { results, values } = await this.dryRun(job, this.dataSource.manager, false, (done) =>
        this.progress(importId, 'validating', done, job.totalRows),
      );
      const counts = countActions(results);
      await markImportValidated.run(this.dataSource, [
        importId,
        JSON.stringify(results),
        results.length,
        counts.create,
        counts.update,
        counts.reject,
        JSON.stringify(values),
      ]);
      return 'validated';
    } catch (error) {
      // An outage is no verdict on the file: the job is tried again while the import waits.
      if (isOutage(error)) throw error;
      return this.fail(importId, 'validating', `The dry run failed: ${(error as Error).message}`);
    }
  }

  /**
   * Writes the create and update rows of a validated import in one transaction, after checking
   * every row again inside it: a row whose verdict changed since the dry run (an email taken
   * meanwhile, a matched record deleted) fails the whole import and nothing is written.
   * `redelivered`: BullMQ runs this job again after a worker died in it; the import is then still
   * `applying` (its transaction was rolled back) and is taken up again.
   */
  async apply(importId: string, redelivered = false): Promise<ImportJobOutcome> {
    const claimed = await claimImportToApply.write(this.dataSource, [importId, redelivered]);
    if (claimed.rows.length === 0) return 'skipped';
    const job = await this.dataSource.getRepository(ImportJobEntity).findOneByOrFail({
      id: importId,
    });
    let wrote: { created: number; updated: number } | undefined;
    try {
      wrote = await this.dataSource.transaction(async (manager) => {
        const planned = await this.checkedPlans(job, manager);
        const toWrite = planned.filter(
          (p) => p.action === 'create' || p.changes.length > 0 || p.contacts.length > 0,
        );
        let written = 0;
        for (let start = 0; start < toWrite.length; start += BATCH) {
          const batch = toWrite.slice(start, start + BATCH);
          await this.writeBatch(manager, job, batch);
          written += batch.length;
          // Outside the transaction, so the UI sees it; not awaited, because a transaction must not
          // wait for a second connection (with the pool full of such waits, none comes free).
          void this.progress(importId, 'applying', written, toWrite.length).catch(() => undefined);
          await nextTurn();
        }
        if (job.kind === 'startups' && job.cohortId && job.membershipStatus) {
          await this.cohortStartups.enrol(
            manager,
            job.cohortId,
            planned.map((p) => ({ id: p.id, name: p.label })),
            job.membershipStatus,
            job.createdBy,
          );
        }
        const created = planned.filter((p) => p.action === 'create').length;
        const updated = planned.length - created;
        await markImportDone.run(manager, [importId, created, updated]);
        return { created, updated };
      });
    } catch (error) {
      // Rolled back by the outage: still `applying`, and the job is tried again until it can write.
      if (isOutage(error)) throw error;
      return this.fail(importId, 'applying', applyFailure(error));
    }
    if (job.kind === 'startups' && wrote.created + wrote.updated > 0) await this.queueScores(job);
    return 'done';
  }

  /** Parses the stored file with the mapping and decides every row; reports rows done as it goes. */
  private async dryRun(
    job: ImportJobEntity,
    manager: EntityManager,
    lock: boolean,
    onProgress: (rowsDone: number) => Promise<void>,
  ): Promise<DryRun> {
    const table = parseCsv(job.content ?? '', job.delimiter as Delimiter);
    const lookup = new ValueLookup(
      await this.vocabularies.current(manager),
      await loadRememberedValues(manager),
    );
    const context = { kind: job.kind, values: lookup, locale: job.locale, now: new Date() };
    const indexes = columnIndexes(job.mapping, table.headers);
    const parsed: ParsedRow[] = [];
    for (let start = 0; start < table.rows.length; start += BATCH) {
      for (const row of table.rows.slice(start, start + BATCH)) {
        parsed.push(parseRow(row, job.mapping, indexes, context));
      }
      await onProgress(parsed.length);
      await nextTurn();
    }
    const existing = await loadExisting(manager, job.kind, parsed, lock);
    const decided = decideRows(job.kind, parsed, job.mapping, existing.byKey, existing.byName);
    return { ...decided, values: collectValues(parsed) };
  }

  /** The plans of the rows the dry run accepted, if every one of them still gets the same verdict. */
  private async checkedPlans(job: ImportJobEntity, manager: EntityManager): Promise<RowPlan[]> {
    const accepted = new Map(
      (job.rows ?? []).filter((r) => r.action !== 'reject').map((r) => [r.row, r]),
    );
    const { results, plans } = await this.dryRun(job, manager, true, () => Promise.resolve());
    const changed = results.filter((now) => {
      const before = accepted.get(now.row);
      return before && (before.action !== now.action || before.matchedId !== now.matchedId);
    });
    if (changed.length > 0) throw new ImportOutdatedError(describeChanged(job.kind, changed));
    return plans.filter((plan) => accepted.has(plan.row));
  }

  /** Writes through the domain's own write (as the API's create and update do), then the founders. */
  private async writeBatch(
    manager: EntityManager,
    job: ImportJobEntity,
    batch: readonly RowPlan[],
  ): Promise<void> {
    const writes = batch.map((plan): RecordWrite => {
      const note = {
        kind: 'imported',
        body: `${plan.action === 'create' ? 'Created' : 'Updated'} by the import of ${job.fileName} (row ${plan.row})`,
        data: {
          importId: job.id,
          row: plan.row,
          action: plan.action,
          ...(plan.contacts.length > 0
            ? { contacts: plan.contacts.map((contact) => contact.fullName) }
            : {}),
        },
      } as const;
      return plan.action === 'create'
        ? { action: 'create', id: plan.id, values: plan.record, note }
        : { action: 'update', id: plan.id, values: plan.record, changes: plan.changes, note };
    });
    await RECORD_TABLES[job.kind].write(manager, this.activity, writes, job.createdBy);
    if (job.kind === 'startups') {
      await saveFounders(
        manager,
        batch.flatMap((plan) =>
          plan.contacts.map((contact) => ({ startupId: plan.id, ...contact })),
        ),
      );
    }
  }

  /** Progress of a running job, only while it is in that status (a late write changes nothing). */
  private async progress(
    importId: string,
    status: 'validating' | 'applying',
    done: number,
    total: number,
  ): Promise<void> {
    // The dry run's last step (matching, storing the verdicts) is the remaining part.
    const share = status === 'validating' ? 90 : 99;
    const progress = total === 0 ? share : Math.floor((done / total) * share);
    await reportImportProgress.run(this.dataSource, [importId, status, progress, done]);
  }

  private async fail(
    importId: string,
    status: 'validating' | 'applying',
    message: string,
  ): Promise<ImportJobOutcome> {
    this.logger.warn(`Import ${importId}: ${message}`);
    await failImport.run(this.dataSource, [importId, status, message]);
    return 'failed';
  }

  // The profile scores of imported startups: the stale-score sweep finds them; run it now.
  private async queueScores(job: ImportJobEntity): Promise<void> {
    try {
      await this.jobs.enqueue(
        'startup.rescore-stale',
        {},
        `startup.rescore-stale.import.${job.id}`,
      );
    } catch (error) {
      this.logger.warn(
        `Import ${job.id} applied; its startups will be scored by the next sweep (${(error as Error).message})`,
      );
    }
  }
}

function countActions(results: readonly ImportRowResult[]) {
  const counts = { create: 0, update: 0, reject: 0 };
  for (const result of results) counts[result.action]++;
  return counts;
}

function describeChanged(kind: ImportKind, changed: readonly ImportRowResult[]): string {
  const listed = changed.slice(0, LISTED_ROWS).map((row) => {
    const why =
      row.action === 'reject'
        ? row.errors.map((e) => `${e.field}: ${e.messages.join(', ')}`).join('; ')
        : row.action === 'update'
          ? `it now matches an existing record (added since the dry run)`
          : `the record it matched is gone`;
    return `row ${row.row} (${row.label}): ${why}`;
  });
  const more = changed.length > LISTED_ROWS ? ` and ${changed.length - LISTED_ROWS} more` : '';
  return `Nothing was written: the ${kind} changed since the dry run — ${listed.join('; ')}${more}. Run the dry run again.`;
}

/** The reason an apply failed, as the manager reads it. */
function applyFailure(error: unknown): string {
  if (error instanceof ImportOutdatedError) return error.message;
  const { code, detail, message } = error as { code?: string; detail?: string; message?: string };
  if (code === '23505') {
    return `Nothing was written: a record with the same email was saved while the import ran (${detail ?? message}). Run the dry run again.`;
  }
  return `Nothing was written: ${message ?? String(error)}`;
}
