import { Injectable } from '@nestjs/common';
import {
  type TimelineEntry,
  type TimelinePage,
  type ApiErrorBody,
  DEFAULT_PAGE_SIZE,
  type ListTimelineQuery,
  MAX_PAGE_SIZE,
  type NoteInput,
  type Role,
  type SubjectType,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineEntryEntity } from './timeline-entry.entity';
import { subjectExists } from './timeline-subjects';
import { entriesOfSubject, entryById, entryCount } from './timeline-queries';
import { DomainError, ForbiddenError, NotFoundError } from '../../infra/errors/domain-errors';

/** Who writes, edits or deletes a note: the author may change their own, an admin any. */
export interface NoteActor {
  id: string;
  role: Role;
}

interface TimelineRow {
  id: string;
  subjectType: SubjectType;
  subjectId: string;
  kind: TimelineEntry['kind'];
  actorId: string | null;
  actorName: string | null;
  actorLabel: string | null;
  body: string | null;
  changes: TimelineEntry['changes'];
  data: TimelineEntry['data'];
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  deletedById: string | null;
  deletedByName: string | null;
}

function toEntry(row: TimelineRow): TimelineEntry {
  return {
    id: row.id,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    kind: row.kind,
    actor:
      row.actorId !== null && row.actorName !== null
        ? { id: row.actorId, name: row.actorName }
        : null,
    actorLabel: row.actorLabel,
    body: row.body,
    changes: row.changes,
    data: row.data,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    deletedBy:
      row.deletedById !== null && row.deletedByName !== null
        ? { id: row.deletedById, name: row.deletedByName }
        : null,
  };
}

function subjectNotFound(subjectType: SubjectType, subjectId: string): DomainError {
  const body: ApiErrorBody = {
    statusCode: 404,
    error: 'Not Found',
    message: `No ${subjectType} has the id ${subjectId}`,
    errors: [{ field: 'subjectId', messages: [`No ${subjectType} has the id ${subjectId}`] }],
  };
  return new NotFoundError(body);
}

function noteNotFound(id: string): DomainError {
  return new NotFoundError(`No note has the id ${id}, or it was deleted`);
}

/** Timelines for reading, and the notes staff write on them. */
@Injectable()
export class TimelineService {
  constructor(private readonly dataSource: DataSource) {}

  /** A record's timeline, newest first; 404 when the record does not exist. */
  async list(query: ListTimelineQuery): Promise<TimelinePage> {
    const { subjectType, subjectId } = query;
    if (!(await subjectExists(this.dataSource.manager, subjectType, subjectId))) {
      throw subjectNotFound(subjectType, subjectId);
    }
    const pageSize = Math.min(
      Math.max(Math.trunc(query.pageSize ?? DEFAULT_PAGE_SIZE), 1),
      MAX_PAGE_SIZE,
    );
    const page = Math.max(Math.trunc(query.page ?? 1), 1);
    const [rows, { total }] = await Promise.all([
      entriesOfSubject.all(this.dataSource, [
        subjectType,
        subjectId,
        pageSize,
        (page - 1) * pageSize,
      ]),
      entryCount.one(this.dataSource, [subjectType, subjectId]),
    ]);
    return { items: rows.map(toEntry), total, page, pageSize };
  }

  async get(id: string): Promise<TimelineEntry | null> {
    const [row] = await entryById.all(this.dataSource, [id]);
    return row ? toEntry(row) : null;
  }

  /** Writes a note on an existing record's timeline. */
  async addNote(input: NoteInput, actor: NoteActor): Promise<TimelineEntry> {
    const body = input.body.trim();
    const id = await this.dataSource.transaction(async (manager) => {
      if (!(await subjectExists(manager, input.subjectType, input.subjectId, true))) {
        throw subjectNotFound(input.subjectType, input.subjectId);
      }
      const saved = await manager.save(
        manager.create(TimelineEntryEntity, {
          subjectType: input.subjectType,
          subjectId: input.subjectId,
          kind: 'note',
          actorId: actor.id,
          body,
        }),
      );
      return saved.id;
    });
    return this.mustGet(id);
  }

  /**
   * Changes a note's text. The earlier text is kept in `changes` (before → after) and the entry
   * is marked edited: history is never silently rewritten.
   */
  async editNote(id: string, text: string, actor: NoteActor): Promise<TimelineEntry> {
    const body = text.trim();
    await this.dataSource.transaction(async (manager) => {
      const note = await this.lockedNote(manager, id, actor);
      if (note.body === body) return;
      note.changes = [...(note.changes ?? []), { field: 'body', before: note.body, after: body }];
      note.body = body;
      note.editedAt = new Date();
      await manager.save(note, { reload: false });
    });
    return this.mustGet(id);
  }

  /**
   * Deletes a note's text, and with it its earlier versions; the entry stays as a tombstone that
   * says who deleted it and when.
   */
  async deleteNote(id: string, actor: NoteActor): Promise<TimelineEntry> {
    await this.dataSource.transaction(async (manager) => {
      const note = await this.lockedNote(manager, id, actor);
      note.body = null;
      note.changes = null;
      note.deletedAt = new Date();
      note.deletedBy = actor.id;
      await manager.save(note, { reload: false });
    });
    return this.mustGet(id);
  }

  // Row lock: an edit and a delete of one note take turns.
  private async lockedNote(
    manager: EntityManager,
    id: string,
    actor: NoteActor,
  ): Promise<TimelineEntryEntity> {
    const note = await manager.findOne(TimelineEntryEntity, {
      where: { id, kind: 'note' },
      lock: { mode: 'pessimistic_write' },
    });
    if (!note || note.deletedAt !== null) throw noteNotFound(id);
    if (note.actorId !== actor.id && actor.role !== 'admin') {
      const body: ApiErrorBody = {
        statusCode: 403,
        error: 'Forbidden',
        message: 'Only the note’s author or an admin may change it',
      };
      throw new ForbiddenError(body);
    }
    return note;
  }

  private async mustGet(id: string): Promise<TimelineEntry> {
    const entry = await this.get(id);
    // Only an erasure of the whole record between the write and this read gets here.
    if (!entry) throw noteNotFound(id);
    return entry;
  }
}
