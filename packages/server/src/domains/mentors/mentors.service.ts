import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  CreateMentorRequest,
  FieldError,
  ListMentorsQuery,
  Mentee,
  Mentor,
  MentorInput,
  ListPage,
  UpdateMentorRequest,
} from '@kohorte/contracts';
import { reasonError } from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { fieldChanges } from '../timeline/index';
import { fieldConflict } from '../../infra/errors/conflict';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { PrivacyErasures } from '../privacy/index';
import { ArchivableRecords } from '../records/index';
import { ListCounts } from '../../infra/list-pages/list-counts';
import { readListPage } from '../../infra/list-pages/read-list-page';
import { rowsInOrder } from '../records/index';
import { UniqueEmail } from '../records/index';
import { unknownTermErrors, type VocabularyField } from '../records/index';
import { checkTags } from '../tags/index';
import { VocabulariesService } from '../vocabularies/index';
import { buildMentorListAllSql, buildMentorListSql, type MentorFilter } from './mentor-list-query';
import {
  listedIds,
  menteesOfMentor,
  MENTOR_COLUMNS_SQL,
  MENTOR_FIELDS,
  mentorRows,
  mentorsByIds,
  rowToMentee,
  rowToMentor,
} from './mentor-rows';
import { MentorEntity } from './mentor.entity';
import { ConflictError, NotFoundError } from '../../infra/errors/domain-errors';
import { MENTOR_TABLE, writeMentors } from './mentor-writes';

const VOCABULARY_FIELDS: readonly VocabularyField<MentorInput>[] = [
  // Expertise is what a startup needs help with: the topics vocabulary.
  ['expertise', 'topics'],
  ['sectors', 'sectors'],
  ['stages', 'stages'],
  ['languages', 'languages'],
];

function notFound(id: string): NotFoundError {
  return new NotFoundError(`No mentor has the id ${id}`);
}

function emailTaken(email: string): ConflictError {
  return fieldConflict('email', `Another mentor already has the email address ${email}`);
}

/** An availability window that ends before it starts, named at its end. */
function windowErrors(from: string | null, until: string | null): FieldError[] {
  if (from === null || until === null || from <= until) return [];
  return [reasonError('availableUntil', 'untilBeforeFrom', { from })];
}

/** Mentors: profiles, their load, archive and erasure; each write with its timeline entry. */
@Injectable()
export class MentorsService {
  private readonly counts = new ListCounts();

  private readonly uniqueEmail = new UniqueEmail('mentors', 'mentors_email_lower_key', emailTaken);
  private readonly records: ArchivableRecords<MentorEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly vocabularies: VocabulariesService,
    private readonly activity: TimelineRecorder,
    private readonly erasures: PrivacyErasures,
  ) {
    this.records = new ArchivableRecords(
      dataSource,
      activity,
      MentorEntity,
      MENTOR_TABLE,
      notFound,
      this.uniqueEmail,
    );
  }

  async get(id: string): Promise<Mentor> {
    const [row] = await mentorsByIds.all(this.dataSource, [[id]]);
    if (!row) throw notFound(id);
    return rowToMentor(row);
  }

  async list(query: ListMentorsQuery): Promise<ListPage<Mentor>> {
    const page = await readListPage(this.dataSource, this.counts, query, listedIds, (countSql) =>
      buildMentorListSql(query, countSql),
    );
    return { ...page, items: await this.byIds(page.items.map((row) => row.id)) };
  }

  /** Every mentor the list's filters match, in the list's order (the CSV export). */
  async listAll(query: MentorFilter): Promise<Mentor[]> {
    const { sql, params } = buildMentorListAllSql(query, MENTOR_COLUMNS_SQL);
    const rows = await mentorRows.all(this.dataSource, sql, params);
    return rows.map(rowToMentor);
  }

  /** The startups the mentor works with now, then those they worked with. */
  async mentees(id: string): Promise<Mentee[]> {
    const rows = await menteesOfMentor.all(this.dataSource, [id]);
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

    const id = await this.uniqueEmail.write(this.dataSource, input.email, async (manager) => {
      await this.uniqueEmail.assertFree(manager, input.email, null);
      const createdId = randomUUID();
      await writeMentors(
        manager,
        this.activity,
        [
          {
            action: 'create',
            id: createdId,
            values: {
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
            },
            note: { kind: 'created', body: input.fullName },
          },
        ],
        actorId,
      );
      return createdId;
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

    await this.records.update(id, changes.email, actorId, (current) => ({
      // The window is checked as it will be stored: a patch may move only one of its ends.
      errors: [
        ...requestErrors,
        ...windowErrors(
          changes.availableFrom === undefined ? current.availableFrom : changes.availableFrom,
          changes.availableUntil === undefined ? current.availableUntil : changes.availableUntil,
        ),
      ],
      changed: fieldChanges<MentorInput>(current, changes, MENTOR_FIELDS),
    }));
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
   * Erasure (GDPR): the mentor and everything the personal-data registry finds about them (pool
   * places, mentorships, offers, timeline, emails, links), in one transaction, with its record.
   */
  async remove(id: string, erasedBy: string | null): Promise<void> {
    await this.erasures.erase({ records: [{ kind: 'mentor', id }], erasedBy, reason: 'request' });
  }

  private async setArchived(
    id: string,
    archived: boolean,
    actorId: string | null,
  ): Promise<Mentor> {
    await this.records.setArchived(id, archived, actorId);
    return this.get(id);
  }

  private byIds(ids: string[]): Promise<Mentor[]> {
    return rowsInOrder(this.dataSource.manager, mentorsByIds, ids, rowToMentor);
  }
}
