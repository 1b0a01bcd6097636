import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import type {
  CreateStartupRequest,
  FieldError,
  ListStartupsQuery,
  Page,
  Startup,
  StartupStatus,
  UpdateStartupRequest,
  VocabularyKind,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { invalidFields } from '../errors/invalid-fields';
import { JobProducer } from '../queue/job-producer';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import { buildStartupListSql } from './startup-list-query';
import { EDITABLE_FIELDS, scoreJobId, toStartup } from './startup-mapper';
import { rowToStartup, STARTUP_ROWS_SQL, type StartupRow } from './startup-rows';
import { StartupEntity } from './startup.entity';

// Fields holding vocabulary keys, and the vocabulary each one draws from.
const VOCABULARY_FIELDS = [
  ['stage', 'stages', 'stage'],
  ['sectors', 'sectors', 'sector'],
  ['languages', 'languages', 'language'],
  ['topics', 'topics', 'topic'],
] as const satisfies readonly (readonly [keyof CreateStartupRequest, VocabularyKind, string])[];

// The score is a derived field: a save must not wait long for the queue, and must not fail with it.
const ENQUEUE_TIMEOUT_MS = 2000;

function notFound(id: string): NotFoundException {
  return new NotFoundException(`No startup has the id ${id}`);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Startups: the profile's use cases, each write in one transaction, then its score job. */
@Injectable()
export class StartupsService {
  private readonly logger = new Logger(StartupsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly vocabularies: VocabulariesService,
    private readonly jobs: JobProducer,
  ) {}

  async get(id: string): Promise<Startup> {
    const entity = await this.dataSource.getRepository(StartupEntity).findOneBy({ id });
    if (!entity) throw notFound(id);
    return toStartup(entity);
  }

  async list(query: ListStartupsQuery): Promise<Page<Startup>> {
    const { sql, params, page, pageSize } = buildStartupListSql(query);
    const [{ total, ids }] = (await this.dataSource.query(sql, params)) as {
      total: number;
      ids: string[];
    }[];
    const rows =
      ids.length === 0
        ? []
        : ((await this.dataSource.query(STARTUP_ROWS_SQL, [ids])) as StartupRow[]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    // A startup deleted between the two statements is left out rather than failing the page.
    const items = ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [rowToStartup(row)] : [];
    });
    return { items, total, page, pageSize };
  }

  async create(input: CreateStartupRequest, actorId: string | null): Promise<Startup> {
    await this.assertKnownTerms(input);
    const saved = await this.dataSource.transaction((manager) => {
      const entity = manager.create(StartupEntity, {
        name: input.name,
        oneLiner: input.oneLiner ?? null,
        description: input.description ?? null,
        website: input.website ?? null,
        foundedOn: input.foundedOn ?? null,
        stage: input.stage ?? null,
        sectors: input.sectors ?? [],
        teamSize: input.teamSize ?? null,
        city: input.city ?? null,
        fundingRaisedEur: input.fundingRaisedEur ?? null,
        fundingSoughtEur: input.fundingSoughtEur ?? null,
        languages: input.languages ?? [],
        topics: input.topics ?? [],
        status: 'active',
        revision: 1,
        createdBy: actorId,
        updatedBy: actorId,
      });
      return manager.save(entity);
    });
    await this.enqueueScore(saved);
    return toStartup(saved);
  }

  /**
   * Changes only the fields given; `null` clears a nullable one. A change bumps the revision (and
   * queues a new score); a patch that changes nothing writes nothing.
   */
  async update(id: string, patch: UpdateStartupRequest, actorId: string | null): Promise<Startup> {
    await this.assertKnownTerms(patch);
    const { entity, changed } = await this.dataSource.transaction(async (manager) => {
      const current = await this.lockedStartup(manager, id);
      const target = current as unknown as Record<string, unknown>;
      let changed = false;
      for (const field of EDITABLE_FIELDS) {
        const value = patch[field];
        if (value === undefined || sameValue(target[field], value)) continue;
        target[field] = value;
        changed = true;
      }
      if (!changed) return { entity: current, changed };
      current.revision += 1;
      current.updatedBy = actorId;
      return { entity: await manager.save(current), changed };
    });
    if (changed) await this.enqueueScore(entity);
    return toStartup(entity);
  }

  /** Archives a startup; archiving an archived one changes nothing. */
  archive(id: string, actorId: string | null): Promise<Startup> {
    return this.setStatus(id, 'archived', actorId);
  }

  /** Makes an archived startup active again; restoring an active one changes nothing. */
  restore(id: string, actorId: string | null): Promise<Startup> {
    return this.setStatus(id, 'active', actorId);
  }

  private async setStatus(
    id: string,
    status: StartupStatus,
    actorId: string | null,
  ): Promise<Startup> {
    const entity = await this.dataSource.transaction(async (manager) => {
      const current = await this.lockedStartup(manager, id);
      if (current.status === status) return current;
      current.status = status;
      current.archivedAt = status === 'archived' ? new Date() : null;
      current.updatedBy = actorId;
      // The revision counts profile edits (it keys the score job); the status is not part of it.
      return manager.save(current);
    });
    return toStartup(entity);
  }

  // Row lock: concurrent edits of one startup take turns, so each gets its own revision.
  private async lockedStartup(manager: EntityManager, id: string): Promise<StartupEntity> {
    const entity = await manager.findOne(StartupEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!entity) throw notFound(id);
    return entity;
  }

  /** Rejects vocabulary keys the lists do not know, before anything is written. */
  private async assertKnownTerms(input: Partial<CreateStartupRequest>): Promise<void> {
    const errors: FieldError[] = [];
    for (const [field, kind, noun] of VOCABULARY_FIELDS) {
      const value = input[field];
      if (value === undefined || value === null) continue;
      const isList = Array.isArray(value);
      const unknown = await this.vocabularies.findUnknown(kind, isList ? value : [value]);
      for (const term of unknown) {
        const hint = term.nearest
          ? `did you mean "${term.nearest}"?`
          : `known ${kind}: ${(await this.vocabularies.list())[kind].map((t) => t.key).join(', ')}`;
        errors.push({
          field: isList ? `${field}.${term.index}` : field,
          messages: [`"${term.key}" is not a known ${noun}; ${hint}`],
        });
      }
    }
    if (errors.length > 0) throw invalidFields(errors);
  }

  // After the commit: a lost job is re-enqueued by the stale-score sweep (startup.rescore-stale).
  private async enqueueScore(startup: StartupEntity): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.jobs.enqueue(
          'startup.score-profile',
          { startupId: startup.id, revision: startup.revision },
          scoreJobId(startup.id, startup.revision),
        ),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer in ${ENQUEUE_TIMEOUT_MS} ms`)),
            ENQUEUE_TIMEOUT_MS,
          );
        }),
      ]);
    } catch (error) {
      this.logger.warn(
        `Startup ${startup.id} revision ${startup.revision} saved, but its score job was not queued (${(error as Error).message}); the stale-score sweep will queue it`,
      );
    } finally {
      clearTimeout(timer);
    }
  }
}
