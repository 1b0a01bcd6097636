import { Injectable, NotFoundException } from '@nestjs/common';
import type {
  CreateMentorRequest,
  FieldError,
  ListMentorsQuery,
  Mentee,
  Mentor,
  MentorInput,
  Page,
  UpdateMentorRequest,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivityRecorder } from '../activity/activity-recorder';
import { fieldChanges } from '../activity/field-changes';
import { invalidFields } from '../errors/invalid-fields';
import { checkTags } from '../tags/normalise-tags';
import { VocabulariesService } from '../vocabularies/vocabularies.service';
import { buildMentorListAllSql, buildMentorListSql, type MentorFilter } from './mentor-list-query';
import {
  MENTEES_SQL,
  MENTOR_COLUMNS_SQL,
  MENTOR_FIELDS,
  MENTOR_ROWS_SQL,
  type MenteeRow,
  type MentorRow,
  rowToMentee,
  rowToMentor,
} from './mentor-rows';
import { MentorEntity } from './mentor.entity';
import {
  fieldConflict,
  isUniqueViolation,
  unknownTermErrors,
  type VocabularyField,
} from './record-checks';

const EMAIL_INDEX = 'mentors_email_lower_key';

const VOCABULARY_FIELDS: readonly VocabularyField<MentorInput>[] = [
  // Expertise is what a startup needs help with: the topics vocabulary.
  ['expertise', 'topics', 'topic'],
  ['sectors', 'sectors', 'sector'],
  ['stages', 'stages', 'stage'],
  ['languages', 'languages', 'language'],
];

function notFound(id: string): NotFoundException {
  return new NotFoundException(`No mentor has the id ${id}`);
}

function emailTaken(email: string): ReturnType<typeof fieldConflict> {
  return fieldConflict('email', `Another mentor already has the email address ${email}`);
}

/** An availability window that ends before it starts, named at its end. */
function windowErrors(from: string | null, until: string | null): FieldError[] {
  if (from === null || until === null || from <= until) return [];
  return [
    {
      field: 'availableUntil',
      messages: [`availableUntil (${until}) must not be before availableFrom (${from})`],
    },
  ];
}

/** Mentors: profiles, their load, archive and erasure; each write with its timeline entry. */
@Injectable()
export class MentorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vocabularies: VocabulariesService,
    private readonly activity: ActivityRecorder,
  ) {}

  async get(id: string): Promise<Mentor> {
    const [row] = (await this.dataSource.query(MENTOR_ROWS_SQL, [[id]])) as MentorRow[];
    if (!row) throw notFound(id);
    return rowToMentor(row);
  }

  async list(query: ListMentorsQuery): Promise<Page<Mentor>> {
    const { sql, params, page, pageSize } = buildMentorListSql(query);
    const [{ total, ids }] = (await this.dataSource.query(sql, params)) as {
      total: number;
      ids: string[];
    }[];
    return { items: await this.byIds(ids), total, page, pageSize };
  }

  /** Every mentor the list's filters match, in the list's order (the CSV export). */
  async listAll(query: MentorFilter): Promise<Mentor[]> {
    const { sql, params } = buildMentorListAllSql(query, MENTOR_COLUMNS_SQL);
    const rows = (await this.dataSource.query(sql, params)) as MentorRow[];
    return rows.map(rowToMentor);
  }

  /** The startups the mentor works with now, then those they worked with. */
  async mentees(id: string): Promise<Mentee[]> {
    const rows = (await this.dataSource.query(MENTEES_SQL, [id])) as MenteeRow[];
    if (
      rows.length === 0 &&
      !(await this.dataSource.getRepository(MentorEntity).existsBy({ id }))
    ) {
      throw notFound(id);
    }
    return rows.map(rowToMentee);
  }

  async create(input: CreateMentorRequest, actorId: string | null): Promise<Mentor> {
    const tags = checkTags(input.tags ?? []);
    const errors = [
      ...(await unknownTermErrors(this.vocabularies, input, VOCABULARY_FIELDS)),
      ...tags.errors,
      ...windowErrors(input.availableFrom ?? null, input.availableUntil ?? null),
    ];
    if (errors.length > 0) throw invalidFields(errors);

    const id = await this.write(input.email, async (manager) => {
      await this.assertEmailFree(manager, input.email, null);
      const entity = manager.create(MentorEntity, {
        fullName: input.fullName,
        email: input.email,
        phone: input.phone ?? null,
        company: input.company ?? null,
        jobTitle: input.jobTitle ?? null,
        bio: input.bio ?? null,
        expertise: input.expertise ?? [],
        sectors: input.sectors ?? [],
        stages: input.stages ?? [],
        languages: input.languages ?? [],
        city: input.city ?? null,
        capacity: input.capacity ?? 2,
        availableFrom: input.availableFrom ?? null,
        availableUntil: input.availableUntil ?? null,
        status: input.status ?? 'active',
        tags: tags.tags,
        archivedAt: null,
      });
      const saved = await manager.save(entity);
      await this.activity.record(manager, {
        subjectType: 'mentor',
        subjectId: saved.id,
        kind: 'created',
        actorId,
        body: saved.fullName,
      });
      return saved.id;
    });
    return this.get(id);
  }

  /**
   * Changes only the fields given; `null` clears a nullable one. The timeline entry lists the
   * fields that really changed; a patch that changes nothing writes nothing.
   */
  async update(id: string, patch: UpdateMentorRequest, actorId: string | null): Promise<Mentor> {
    const tags = patch.tags === undefined ? undefined : checkTags(patch.tags);
    const requestErrors = [
      ...(await unknownTermErrors(this.vocabularies, patch, VOCABULARY_FIELDS)),
      ...(tags?.errors ?? []),
    ];
    const changes = { ...patch, ...(tags ? { tags: tags.tags } : {}) };

    await this.write(changes.email, async (manager) => {
      const current = await this.locked(manager, id);
      // The window is checked as it will be stored: a patch may move only one of its ends.
      const errors = [
        ...requestErrors,
        ...windowErrors(
          changes.availableFrom === undefined ? current.availableFrom : changes.availableFrom,
          changes.availableUntil === undefined ? current.availableUntil : changes.availableUntil,
        ),
      ];
      if (errors.length > 0) throw invalidFields(errors);

      const changed = fieldChanges<MentorInput>(current, changes, MENTOR_FIELDS);
      if (changed.length === 0) return;
      if (changes.email !== undefined && changes.email !== current.email) {
        await this.assertEmailFree(manager, changes.email, id);
      }
      for (const { field, after } of changed) {
        (current as unknown as Record<string, unknown>)[field] = after;
      }
      await manager.save(current);
      await this.activity.record(manager, {
        subjectType: 'mentor',
        subjectId: id,
        kind: 'updated',
        actorId,
        changes: changed,
      });
    });
    return this.get(id);
  }

  /** Hides a mentor from the lists and matching; archiving an archived one changes nothing. */
  archive(id: string, actorId: string | null): Promise<Mentor> {
    return this.setArchived(id, true, actorId);
  }

  /** Brings an archived mentor back; restoring a current one changes nothing. */
  restore(id: string, actorId: string | null): Promise<Mentor> {
    return this.setArchived(id, false, actorId);
  }

  /**
   * Erasure (GDPR): the mentor, their pool places and mentorships (by cascade) and their own
   * timeline, in one transaction.
   */
  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.locked(manager, id);
      await this.activity.erase(manager, 'mentor', id);
      await manager.delete(MentorEntity, { id });
    });
  }

  private async setArchived(
    id: string,
    archived: boolean,
    actorId: string | null,
  ): Promise<Mentor> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.locked(manager, id);
      if ((current.archivedAt !== null) === archived) return;
      current.archivedAt = archived ? new Date() : null;
      await manager.save(current);
      await this.activity.record(manager, {
        subjectType: 'mentor',
        subjectId: id,
        kind: archived ? 'archived' : 'restored',
        actorId,
      });
    });
    return this.get(id);
  }

  private async byIds(ids: string[]): Promise<Mentor[]> {
    if (ids.length === 0) return [];
    const rows = (await this.dataSource.query(MENTOR_ROWS_SQL, [ids])) as MentorRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    // A mentor deleted between the two statements is left out rather than failing the page.
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [rowToMentor(row)] : [];
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
      `SELECT 1 FROM mentors WHERE lower(email) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid) LIMIT 1`,
      [email, exceptId],
    )) as unknown[];
    if (rows.length > 0) throw emailTaken(email);
  }

  // Row lock: concurrent edits of one mentor take turns, so each sees the other's result.
  private async locked(manager: EntityManager, id: string): Promise<MentorEntity> {
    const entity = await manager.findOne(MentorEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!entity) throw notFound(id);
    return entity;
  }
}
