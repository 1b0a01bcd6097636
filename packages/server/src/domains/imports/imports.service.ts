import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import {
  type FieldError,
  IMPORT_FIELDS,
  IMPORT_MAPPABLE_STATUSES,
  type ImportDetail,
  type ImportJob,
  type ImportKind,
  type ImportRowResult,
  importValueDomain,
  reasonError,
  type ListImportRowsQuery,
  type Page,
  DEFAULT_PAGE_SIZE,
  type SetImportMappingRequest,
  type SetImportValuesRequest,
} from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { JobProducer } from '../../infra/queue/job-producer';
import { VocabulariesService } from '../vocabularies/index';
import { importConflict, importNotFound } from './import-errors';
import { ImportJobEntity } from './import-job.entity';
import { importJobId, toImportJob } from './import-mapper';
import { suggestMapping } from './suggest-mapping';
import { readUpload, type UploadOptions } from './upload-file';
import { normalizeValue, ValueLookup } from './value-lookup';
import { loadRememberedValues, saveRememberedValues } from './value-mappings';
import {
  cohortToImportInto,
  discardImport,
  failImportStart,
  fileHead,
  importRowsPage,
  moveToValidating,
} from './import-queries';

const RECENT_IMPORTS = 50;
const PREVIEW_ROWS = 3;
// The list leaves out the file and the verdicts, which can be megabytes.
const SUMMARY_COLUMNS = [
  'id',
  'kind',
  'status',
  'fileName',
  'format',
  'encoding',
  'sheets',
  'sheet',
  'locale',
  'delimiter',
  'headers',
  'mapping',
  'totalRows',
  'processedRows',
  'progress',
  'createdCount',
  'updatedCount',
  'rejectedCount',
  'error',
  'cohortId',
  'membershipStatus',
  'values',
  'createdBy',
  'createdAt',
  'updatedAt',
  'finishedAt',
] as const satisfies readonly (keyof ImportJobEntity)[];

/**
 * CSV imports, as a manager runs them: upload, map the columns, look at the dry run, apply or
 * discard. The dry run and the apply are jobs (ImportJobHandler); this service moves the import
 * from state to state and enqueues them.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
    private readonly vocabularies: VocabulariesService,
  ) {}

  /**
   * Stores an uploaded file (its table, how it was read) with a suggested mapping; nothing is
   * validated against records yet. `options` read it with another encoding or worksheet.
   */
  async create(
    kind: ImportKind,
    fileName: string,
    bytes: Uint8Array,
    actorId: string | null,
    options: UploadOptions = {},
  ): Promise<ImportDetail> {
    const table = await readUpload(bytes, fileName, options);
    const repository = this.dataSource.getRepository(ImportJobEntity);
    const saved = await repository.save(
      repository.create({
        kind,
        status: 'uploaded',
        fileName: fileName.slice(0, 255) || 'import.csv',
        content: table.text,
        format: table.format,
        encoding: table.encoding,
        sheets: table.sheets,
        sheet: table.sheet,
        locale: table.locale,
        delimiter: table.delimiter,
        headers: table.headers,
        mapping: suggestMapping(kind, table.headers),
        totalRows: table.rows.length,
        createdBy: actorId,
      }),
    );
    return this.get(saved.id);
  }

  /** The import, and the first rows of its file while the mapping can still change. */
  async get(id: string): Promise<ImportDetail> {
    const entity = await this.dataSource.getRepository(ImportJobEntity).findOne({
      where: { id },
      // Not the file nor the verdicts: the UI asks for this every second while a job runs.
      select: Object.fromEntries(SUMMARY_COLUMNS.map((column) => [column, true])),
      relations: { creator: true },
    });
    if (!entity) throw importNotFound(id);
    const mappable = IMPORT_MAPPABLE_STATUSES.includes(entity.status);
    return { ...toImportJob(entity), preview: mappable ? await this.preview(entity) : [] };
  }

  /** The most recent imports, newest first. */
  async list(): Promise<ImportJob[]> {
    const entities = await this.dataSource.getRepository(ImportJobEntity).find({
      select: Object.fromEntries(SUMMARY_COLUMNS.map((column) => [column, true])),
      relations: { creator: true },
      order: { createdAt: 'DESC' },
      take: RECENT_IMPORTS,
    });
    return entities.map(toImportJob);
  }

  /** The dry run's verdicts, a page at a time, optionally only one action. */
  async listRows(id: string, query: ListImportRowsQuery): Promise<Page<ImportRowResult>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const found = await importRowsPage.one(this.dataSource, [
      id,
      query.action ?? null,
      pageSize,
      (page - 1) * pageSize,
    ]);
    if (!found.found) throw importNotFound(id);
    return { items: found.items, total: found.total, page, pageSize };
  }

  /**
   * Saves the column mapping and starts the dry run. Allowed before applying (again after a
   * changed mapping or a failed apply); a required field must be mapped, to a column the file has.
   */
  async setMapping(
    id: string,
    request: Omit<SetImportMappingRequest, 'mapping'> & { mapping: Record<string, unknown> },
  ): Promise<ImportJob> {
    const current = await this.mappable(id, 'its mapping can no longer change');
    const clean = checkMapping(current.kind, current.headers, request.mapping);
    const cohortId = request.cohortId === undefined ? current.cohortId : request.cohortId;
    if (cohortId !== null) await this.assertCohort(current.kind, cohortId);
    return this.startDryRun(id, {
      mapping: clean,
      locale: request.locale ?? current.locale,
      cohortId,
      membershipStatus:
        cohortId === null
          ? null
          : (request.membershipStatus ?? current.membershipStatus ?? 'applied'),
    });
  }

  /**
   * Remembers what the file's unknown values mean (or forgets a mapping) and runs the dry run again
   * with the saved mapping. A value must be of a list the import's fields use, and a key must be
   * in that list (400 naming `values.<index>`).
   */
  async setValues(
    id: string,
    request: SetImportValuesRequest,
    actorId: string | null,
  ): Promise<ImportJob> {
    const current = await this.mappable(id, 'its values can no longer be mapped');
    const domains = new Set(
      IMPORT_FIELDS[current.kind].flatMap((field) => importValueDomain(current.kind, field) ?? []),
    );
    const lookup = new ValueLookup(
      await this.vocabularies.current(this.dataSource.manager),
      await loadRememberedValues(this.dataSource.manager),
    );
    const errors: FieldError[] = [];
    const entries = request.values.map((entry, index) => {
      const value = normalizeValue(entry.value);
      if (!domains.has(entry.domain)) {
        errors.push(
          reasonError(`values.${index}.domain`, 'notImportList', { value: entry.domain }),
        );
      } else if (entry.key !== null && !lookup.has(entry.domain, entry.key)) {
        errors.push(
          reasonError(`values.${index}.key`, 'notInImportList', {
            value: entry.key,
            list: entry.domain,
          }),
        );
      } else if (value === '') {
        errors.push(reasonError(`values.${index}.value`, 'blankValue'));
      }
      return { domain: entry.domain, value, key: entry.key };
    });
    if (errors.length > 0) throw invalidFields(errors);
    await saveRememberedValues(this.dataSource.manager, entries, actorId);
    return this.startDryRun(id, {
      mapping: current.mapping,
      locale: current.locale,
      cohortId: current.cohortId,
      membershipStatus: current.membershipStatus,
    });
  }

  private async mappable(id: string, what: string): Promise<ImportJobEntity> {
    const current = await this.dataSource.getRepository(ImportJobEntity).findOne({
      where: { id },
      select: {
        id: true,
        kind: true,
        status: true,
        headers: true,
        mapping: true,
        locale: true,
        cohortId: true,
        membershipStatus: true,
      },
    });
    if (!current) throw importNotFound(id);
    if (!IMPORT_MAPPABLE_STATUSES.includes(current.status)) {
      throw importConflict(`The import is ${current.status}; ${what}`, current.status);
    }
    return current;
  }

  /** Only a startup import joins a cohort, and only one that exists (400 naming `cohortId`). */
  private async assertCohort(kind: ImportKind, cohortId: string): Promise<void> {
    if (kind !== 'startups') {
      throw invalidFields([reasonError('cohortId', 'cohortOnlyForStartups')]);
    }
    const [found] = await cohortToImportInto.all(this.dataSource, [cohortId]);
    if (!found) {
      throw invalidFields([reasonError('cohortId', 'unknownCohort', { value: cohortId })]);
    }
  }

  /** Saves what the dry run reads with, moves the import to `validating` and queues the dry run. */
  private async startDryRun(
    id: string,
    settings: Pick<ImportJobEntity, 'mapping' | 'locale' | 'cohortId' | 'membershipStatus'>,
  ): Promise<ImportJob> {
    const moved = await moveToValidating.write(this.dataSource, [
      id,
      JSON.stringify(settings.mapping),
      IMPORT_MAPPABLE_STATUSES,
      settings.locale,
      settings.cohortId,
      settings.membershipStatus,
    ]);
    const [row] = moved.rows;
    if (!row) return this.conflictNow(id, 'its mapping can no longer change');
    await this.enqueueOrFail(id, 'import.validate', row.updated_at);
    return this.get(id);
  }

  /** Confirms a validated import: the job writes it. Only from `validated` (409 otherwise). */
  async apply(id: string): Promise<ImportJob> {
    const current = await this.dataSource.getRepository(ImportJobEntity).findOne({
      where: { id },
      select: { id: true, status: true, updatedAt: true },
    });
    if (!current) throw importNotFound(id);
    if (current.status !== 'validated') {
      throw importConflict(
        current.status === 'done'
          ? 'The import was applied already'
          : `The import is ${current.status}; only a validated import can be applied`,
        current.status,
      );
    }
    // The job claims the import (validated → applying); a second click before it runs yields the
    // same job id, so one job.
    await this.jobs.enqueue(
      'import.apply',
      { importId: id },
      importJobId('import.apply', id, current.updatedAt),
    );
    return this.get(id);
  }

  /** Drops an import that was not applied, with its file. */
  async discard(id: string): Promise<void> {
    const result = await discardImport.run(this.dataSource, [id]);
    if (result === 0) await this.conflictNow(id, 'it can no longer be discarded');
  }

  /** The first data rows of the stored file, read from its first 64 KB. */
  private async preview(entity: ImportJobEntity): Promise<string[][]> {
    const [found] = await fileHead.all(this.dataSource, [entity.id]);
    if (!found?.head) return [];
    try {
      const records = parse(found.head, {
        delimiter: entity.delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        to: PREVIEW_ROWS + 1,
      }) as string[][];
      return records.slice(1);
    } catch {
      // The 64 KB cut a quoted cell short before the preview rows ended: no preview.
      return [];
    }
  }

  private async conflictNow(id: string, what: string): Promise<never> {
    const now = await this.dataSource
      .getRepository(ImportJobEntity)
      .findOne({ where: { id }, select: { id: true, status: true } });
    if (!now) throw importNotFound(id);
    throw importConflict(`The import is ${now.status}; ${what}`, now.status);
  }

  /** A dry run that cannot be queued fails at once, so that the mapping can be saved again. */
  private async enqueueOrFail(id: string, name: 'import.validate', stateAt: Date): Promise<void> {
    try {
      await this.jobs.enqueue(name, { importId: id }, importJobId(name, id, stateAt));
    } catch (error) {
      await failImportStart.run(this.dataSource, [
        id,
        'The dry run could not be started (the job queue is unavailable); try again',
      ]);
      throw error;
    }
  }
}

/** The mapping with blank entries left out; 400 naming `mapping.<field>` for each problem. */
export function checkMapping(
  kind: ImportKind,
  headers: readonly string[],
  mapping: Record<string, unknown>,
): Record<string, string> {
  const fields = IMPORT_FIELDS[kind];
  const errors: FieldError[] = [];
  const clean: Record<string, string> = {};
  for (const [key, column] of Object.entries(mapping)) {
    if (column === null || column === undefined || column === '') continue;
    if (!fields.some((field) => field.key === key)) {
      errors.push(reasonError(`mapping.${key}`, 'notImportField'));
    } else if (typeof column !== 'string' || !headers.includes(column)) {
      errors.push(
        reasonError(`mapping.${key}`, 'notFileColumn', {
          value: typeof column === 'string' ? column : JSON.stringify(column),
        }),
      );
    } else {
      clean[key] = column;
    }
  }
  for (const field of fields) {
    if (
      field.required &&
      !(field.key in clean) &&
      !errors.some((e) => e.field === `mapping.${field.key}`)
    ) {
      errors.push(reasonError(`mapping.${field.key}`, 'columnRequired'));
    }
  }
  if (errors.length > 0) throw invalidFields(errors);
  return clean;
}
