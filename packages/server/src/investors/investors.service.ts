import { Injectable, NotFoundException } from '@nestjs/common';
import type {
  CreateInvestorRequest,
  FieldError,
  Investor,
  InvestorInput,
  ListInvestorsQuery,
  Page,
  UpdateInvestorRequest,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivityRecorder } from '../activity/activity-recorder';
import { fieldChanges } from '../activity/field-changes';
import { invalidFields } from '../errors/invalid-fields';
import { checkTags } from '../tags/normalise-tags';
import {
  fieldConflict,
  isUniqueViolation,
  unknownTermErrors,
  type VocabularyField,
} from '../mentors/record-checks';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import {
  buildInvestorListAllSql,
  buildInvestorListSql,
  type InvestorFilter,
} from './investor-list-query';
import {
  INVESTOR_COLUMNS_SQL,
  INVESTOR_FIELDS,
  INVESTOR_ROWS_SQL,
  type InvestorRow,
  rowToInvestor,
} from './investor-rows';
import { InvestorEntity } from './investor.entity';

const EMAIL_INDEX = 'investors_email_lower_key';

const VOCABULARY_FIELDS: readonly VocabularyField<InvestorInput>[] = [
  ['sectors', 'sectors', 'sector'],
  ['stages', 'stages', 'stage'],
];

function notFound(id: string): NotFoundException {
  return new NotFoundException(`No investor has the id ${id}`);
}

function emailTaken(email: string): ReturnType<typeof fieldConflict> {
  return fieldConflict('email', `Another investor already has the email address ${email}`);
}

/** A ticket range whose minimum exceeds its maximum, named at the maximum. */
function ticketErrors(min: number | null, max: number | null): FieldError[] {
  if (min === null || max === null || min <= max) return [];
  return [
    {
      field: 'ticketMaxEur',
      messages: [`ticketMaxEur (${max}) must not be less than ticketMinEur (${min})`],
    },
  ];
}

/** Investors: profiles, archive and erasure; each write with its timeline entry. */
@Injectable()
export class InvestorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vocabularies: VocabulariesService,
    private readonly activity: ActivityRecorder,
  ) {}

  async get(id: string): Promise<Investor> {
    const [row] = (await this.dataSource.query(INVESTOR_ROWS_SQL, [[id]])) as InvestorRow[];
    if (!row) throw notFound(id);
    return rowToInvestor(row);
  }

  async list(query: ListInvestorsQuery): Promise<Page<Investor>> {
    const { sql, params, page, pageSize } = buildInvestorListSql(query);
    const [{ total, ids }] = (await this.dataSource.query(sql, params)) as {
      total: number;
      ids: string[];
    }[];
    return { items: await this.byIds(ids), total, page, pageSize };
  }

  /** Every investor the list's filters match, in the list's order (the CSV export). */
  async listAll(query: InvestorFilter): Promise<Investor[]> {
    const { sql, params } = buildInvestorListAllSql(query, INVESTOR_COLUMNS_SQL);
    const rows = (await this.dataSource.query(sql, params)) as InvestorRow[];
    return rows.map(rowToInvestor);
  }

  async create(input: CreateInvestorRequest, actorId: string | null): Promise<Investor> {
    const tags = checkTags(input.tags ?? []);
    const errors = [
      ...(await unknownTermErrors(this.vocabularies, input, VOCABULARY_FIELDS)),
      ...tags.errors,
      ...ticketErrors(input.ticketMinEur ?? null, input.ticketMaxEur ?? null),
    ];
    if (errors.length > 0) throw invalidFields(errors);

    const id = await this.write(input.email, async (manager) => {
      await this.assertEmailFree(manager, input.email, null);
      const entity = manager.create(InvestorEntity, {
        name: input.name,
        contactName: input.contactName ?? null,
        email: input.email,
        type: input.type,
        sectors: input.sectors ?? [],
        stages: input.stages ?? [],
        ticketMinEur: input.ticketMinEur ?? null,
        ticketMaxEur: input.ticketMaxEur ?? null,
        regions: input.regions ?? [],
        introsPerRound: input.introsPerRound ?? 3,
        status: input.status ?? 'active',
        tags: tags.tags,
        archivedAt: null,
      });
      const saved = await manager.save(entity);
      await this.activity.record(manager, {
        subjectType: 'investor',
        subjectId: saved.id,
        kind: 'created',
        actorId,
        body: saved.name,
      });
      return saved.id;
    });
    return this.get(id);
  }

  /**
   * Changes only the fields given; `null` clears a nullable one. The timeline entry lists the
   * fields that really changed; a patch that changes nothing writes nothing.
   */
  async update(
    id: string,
    patch: UpdateInvestorRequest,
    actorId: string | null,
  ): Promise<Investor> {
    const tags = patch.tags === undefined ? undefined : checkTags(patch.tags);
    const requestErrors = [
      ...(await unknownTermErrors(this.vocabularies, patch, VOCABULARY_FIELDS)),
      ...(tags?.errors ?? []),
    ];
    const changes = { ...patch, ...(tags ? { tags: tags.tags } : {}) };

    await this.write(changes.email, async (manager) => {
      const current = await this.locked(manager, id);
      // The range is checked as it will be stored: a patch may move only one of its ends.
      const errors = [
        ...requestErrors,
        ...ticketErrors(
          changes.ticketMinEur === undefined ? current.ticketMinEur : changes.ticketMinEur,
          changes.ticketMaxEur === undefined ? current.ticketMaxEur : changes.ticketMaxEur,
        ),
      ];
      if (errors.length > 0) throw invalidFields(errors);

      const changed = fieldChanges<InvestorInput>(current, changes, INVESTOR_FIELDS);
      if (changed.length === 0) return;
      if (changes.email !== undefined && changes.email !== current.email) {
        await this.assertEmailFree(manager, changes.email, id);
      }
      for (const { field, after } of changed) {
        (current as unknown as Record<string, unknown>)[field] = after;
      }
      await manager.save(current);
      await this.activity.record(manager, {
        subjectType: 'investor',
        subjectId: id,
        kind: 'updated',
        actorId,
        changes: changed,
      });
    });
    return this.get(id);
  }

  /** Hides an investor from the lists and matching; archiving an archived one changes nothing. */
  archive(id: string, actorId: string | null): Promise<Investor> {
    return this.setArchived(id, true, actorId);
  }

  /** Brings an archived investor back; restoring a current one changes nothing. */
  restore(id: string, actorId: string | null): Promise<Investor> {
    return this.setArchived(id, false, actorId);
  }

  /** Erasure (GDPR): the investor and their own timeline, in one transaction. */
  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.locked(manager, id);
      await this.activity.erase(manager, 'investor', id);
      await manager.delete(InvestorEntity, { id });
    });
  }

  private async setArchived(
    id: string,
    archived: boolean,
    actorId: string | null,
  ): Promise<Investor> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.locked(manager, id);
      if ((current.archivedAt !== null) === archived) return;
      current.archivedAt = archived ? new Date() : null;
      await manager.save(current);
      await this.activity.record(manager, {
        subjectType: 'investor',
        subjectId: id,
        kind: archived ? 'archived' : 'restored',
        actorId,
      });
    });
    return this.get(id);
  }

  private async byIds(ids: string[]): Promise<Investor[]> {
    if (ids.length === 0) return [];
    const rows = (await this.dataSource.query(INVESTOR_ROWS_SQL, [ids])) as InvestorRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    // An investor deleted between the two statements is left out rather than failing the page.
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [rowToInvestor(row)] : [];
    });
  }

  /**
   * Runs a write; a concurrent request that took the same email between our check and our
   * commit makes the unique index fail, which is the same 409 as the check's.
   */
  private async write<T>(
    email: string | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (email !== undefined && isUniqueViolation(error, EMAIL_INDEX)) throw emailTaken(email);
      throw error;
    }
  }

  private async assertEmailFree(
    manager: EntityManager,
    email: string,
    exceptId: string | null,
  ): Promise<void> {
    const rows = (await manager.query(
      `SELECT 1 FROM investors WHERE lower(email) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid) LIMIT 1`,
      [email, exceptId],
    )) as unknown[];
    if (rows.length > 0) throw emailTaken(email);
  }

  // Row lock: concurrent edits of one investor take turns, so each sees the other's result.
  private async locked(manager: EntityManager, id: string): Promise<InvestorEntity> {
    const entity = await manager.findOne(InvestorEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!entity) throw notFound(id);
    return entity;
  }
}
