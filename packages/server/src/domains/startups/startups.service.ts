import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type {
  CreateStartupRequest,
  FieldError,
  ListStartupsQuery,
  ListPage,
  Startup,
  StartupListItem,
  StartupStatus,
  UpdateStartupRequest,
  VocabularyKind,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { fieldChanges } from '../timeline/index';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { PrivacyErasures } from '../privacy/index';
import { JobProducer } from '../../infra/queue/job-producer';
import { ListCounts } from '../../infra/list-pages/list-counts';
import { PageAnchors } from '../../infra/list-pages/page-anchors';
import { readListPage } from '../../infra/list-pages/read-list-page';
import { rowsInOrder } from '../records/index';
import { unknownTermError } from '../records/index';
import { checkTags } from '../tags/index';
import { VocabulariesService } from '../vocabularies/index';
import {
  buildStartupAnchorsSql,
  buildStartupIdsSql,
  buildStartupListSql,
  startupSortId,
} from './startup-list-query';
import { EDITABLE_FIELDS, toStartup } from './startup-mapper';
import { queueScoreJob } from './startup-score-job';
import {
  rowToListItem,
  rowToStartup,
  startupIds,
  startupsByIds,
  startupListRows,
} from './startup-rows';
import { StartupEntity } from './startup.entity';
import { writeStartups } from './startup-writes';
import { NotFoundError } from '../../infra/errors/domain-errors';

// Fields holding vocabulary keys, and the vocabulary each one draws from.
const VOCABULARY_FIELDS = [
  ['stage', 'stages'],
  ['sectors', 'sectors'],
  ['languages', 'languages'],
  ['topics', 'topics'],
] as const satisfies readonly (readonly [keyof CreateStartupRequest, VocabularyKind])[];

// The score is a derived field: a save must not wait long for the queue, and must not fail with it.
const ENQUEUE_TIMEOUT_MS = 2000;
// The export reads its rows in slices, so that no statement carries an unbounded id list.
const EXPORT_SLICE = 1000;

function notFound(id: string): NotFoundError {
  return new NotFoundError(`No startup has the id ${id}`);
}

/** Startups: the profile's use cases, each write in one transaction, then its score job. */
@Injectable()
export class StartupsService {
  private readonly logger = new Logger(StartupsService.name);
  private readonly counts = new ListCounts();
  private readonly anchors = new PageAnchors();

  constructor(
    private readonly dataSource: DataSource,
    private readonly vocabularies: VocabulariesService,
    private readonly jobs: JobProducer,
    private readonly activity: TimelineRecorder,
    private readonly erasures: PrivacyErasures,
  ) {}

  async get(id: string): Promise<Startup> {
    const entity = await this.dataSource.getRepository(StartupEntity).findOneBy({ id });
    if (!entity) throw notFound(id);
    return toStartup(entity);
  }

  /** One page of the list in one statement, with the columns the list shows. */
  async list(query: ListStartupsQuery): Promise<ListPage<StartupListItem>> {
    const page = await readListPage(
      this.dataSource,
      this.counts,
      query,
      startupListRows,
      (countSql, start) => buildStartupListSql(query, countSql, start),
      {
        anchors: this.anchors,
        sortId: startupSortId(query),
        anchorsSql: (every, reach) => buildStartupAnchorsSql(query, every, reach),
      },
    );
    return { ...page, items: page.items.map(rowToListItem) };
  }

  /**
   * Every startup the list's filters select, in the list's order, without paging: the CSV export.
   * Read in one snapshot, so that an edit during the export cannot show a startup twice or not at all.
   */
  listAll(query: Omit<ListStartupsQuery, 'cursor' | 'page' | 'pageSize'>): Promise<Startup[]> {
    const { sql, params } = buildStartupIdsSql(query);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const ids = (await startupIds.all(manager, sql, params)).map((row) => row.id);
      const startups: Startup[] = [];
      for (let start = 0; start < ids.length; start += EXPORT_SLICE) {
        startups.push(
          ...(await rowsInOrder(
            manager,
            startupsByIds,
            ids.slice(start, start + EXPORT_SLICE),
            rowToStartup,
          )),
        );
      }
      return startups;
    });
  }

  async create(request: CreateStartupRequest, actorId: string | null): Promise<Startup> {
    const input = await this.checked(request);
    const saved = await this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      const values: Record<(typeof EDITABLE_FIELDS)[number], unknown> = {
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
        tags: input.tags ?? [],
      };
      await writeStartups(
        manager,
        this.activity,
        [{ action: 'create', id, values, note: { kind: 'created' } }],
        actorId,
      );
      return manager.findOneByOrFail(StartupEntity, { id });
    });
    await this.enqueueScore(saved);
    return toStartup(saved);
  }

  /**
   * Changes only the fields given; `null` clears a nullable one. A change bumps the revision (and
   * queues a new score) and goes on the timeline, field by field; a patch that changes nothing
   * writes nothing.
   */
  async update(
    id: string,
    request: UpdateStartupRequest,
    actorId: string | null,
    /** Who changed it when it was not staff (a founder through a profile link). */
    actorLabel: string | null = null,
  ): Promise<Startup> {
    const patch = await this.checked(request);
    const { entity, changed } = await this.dataSource.transaction(async (manager) => {
      const current = await this.lockedStartup(manager, id);
      const changes = fieldChanges(current, patch, EDITABLE_FIELDS);
      if (changes.length === 0) return { entity: current, changed: false };
      const values: Record<string, unknown> = Object.fromEntries(Object.entries(current));
      for (const change of changes) values[change.field] = change.after;
      await writeStartups(
        manager,
        this.activity,
        [{ action: 'update', id, values, changes, note: { kind: 'updated', actorLabel } }],
        actorId,
      );
      const saved = await manager.findOneByOrFail(StartupEntity, { id });
      return { entity: saved, changed: true };
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
      const saved = await manager.save(current);
      await this.activity.record(manager, {
        subjectType: 'startup',
        subjectId: id,
        kind: status === 'archived' ? 'archived' : 'restored',
        actorId,
      });
      return saved;
    });
    return toStartup(entity);
  }

  /**
   * Erases a startup (GDPR): everything the personal-data registry finds about it (profile,
   * contacts, figures, memberships, mentorships, matches, timeline, emails, links), in one
   * transaction, with its record. Archiving is the everyday way to retire one.
   */
  async remove(id: string, erasedBy: string | null): Promise<void> {
    await this.erasures.erase({ records: [{ kind: 'startup', id }], erasedBy, reason: 'request' });
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

  /**
   * The request with its tags normalised; rejects bad tags and vocabulary keys the lists do not
   * know, all in one answer, before anything is written.
   */
  private async checked<T extends Partial<CreateStartupRequest>>(input: T): Promise<T> {
    const errors: FieldError[] = [];
    let tags = input.tags;
    if (tags !== undefined) {
      const checked = checkTags(tags);
      tags = checked.tags;
      errors.push(...checked.errors);
    }
    for (const [field, kind] of VOCABULARY_FIELDS) {
      const value = input[field];
      if (value === undefined || value === null) continue;
      const isList = Array.isArray(value);
      const unknown = await this.vocabularies.findUnknown(kind, isList ? value : [value]);
      for (const term of unknown) {
        const path = isList ? `${field}.${term.index}` : field;
        errors.push(await unknownTermError(this.vocabularies, path, kind, term));
      }
    }
    if (errors.length > 0) throw invalidFields(errors);
    return tags === undefined ? input : { ...input, tags };
  }

  // After the commit: a lost job is re-enqueued by the stale-score sweep (startup.rescore-stale).
  private async enqueueScore(startup: StartupEntity): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        queueScoreJob(this.jobs, startup.id, startup.revision),
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
