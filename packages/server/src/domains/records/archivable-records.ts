import type { NotFoundError } from '../../infra/errors/domain-errors';
import { invalidFields } from '../../infra/errors/invalid-fields';
import type { FieldChange, FieldError } from '@kohorte/contracts';
import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import type { TimelineRecorder } from '../timeline/index';
import { type RecordTable, writeRecords } from './record-writes';
import type { UniqueEmail } from './unique-email';

/** A record that archiving hides from the lists and matching rather than deleting it. */
export interface ArchivableEntity {
  id: string;
  email: string;
  archivedAt: Date | null;
}

/** What a patch means for the locked record: its errors, checked as it will be stored, and its changes. */
export interface PatchPlan {
  errors: FieldError[];
  changed: FieldChange[];
}

/**
 * The steps that mentors and investors take alike on one record: lock it, patch it, archive or
 * restore it. (Erasure is PrivacyErasures'.) Each write goes on the record's own timeline.
 */
export class ArchivableRecords<E extends ArchivableEntity> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
    private readonly entity: EntityTarget<E>,
    private readonly table: RecordTable,
    private readonly notFound: (id: string) => NotFoundError,
    private readonly uniqueEmail: UniqueEmail,
  ) {}

  /**
   * Patches one record in a transaction: locks it, asks `plan` what the patch means for it as it
   * is now (a range may move at one end only, so its check needs the stored other end), rejects
   * the patch with every error, checks a new email, and writes the changes with their timeline
   * entry. A patch that changes nothing writes nothing.
   */
  async update(
    id: string,
    email: string | undefined,
    actorId: string | null,
    plan: (current: E) => PatchPlan,
  ): Promise<void> {
    await this.uniqueEmail.write(this.dataSource, email, async (manager) => {
      const current = await this.locked(manager, id);
      const { errors, changed } = plan(current);
      if (errors.length > 0) throw invalidFields(errors);
      if (changed.length === 0) return;
      if (email !== undefined && email !== current.email) {
        await this.uniqueEmail.assertFree(manager, email, id);
      }
      await this.saveChanges(manager, current, changed, actorId);
    });
  }

  // Row lock: concurrent edits of one record take turns, so each sees the other's result.
  async locked(manager: EntityManager, id: string): Promise<E> {
    const entity = await manager.findOne(this.entity, {
      where: { id } as FindOptionsWhere<E>,
      lock: { mode: 'pessimistic_write' },
    });
    if (!entity) throw this.notFound(id);
    return entity;
  }

  /** Writes the changed fields onto the locked record and lists them on its timeline. */
  private async saveChanges(
    manager: EntityManager,
    current: E,
    changed: FieldChange[],
    actorId: string | null,
  ): Promise<void> {
    const values: Record<string, unknown> = Object.fromEntries(Object.entries(current));
    for (const { field, after } of changed) values[field] = after;
    // The same write as an import's: one owner of what a change does.
    await writeRecords(
      manager,
      this.activity,
      this.table,
      [{ action: 'update', id: current.id, values, changes: changed, note: { kind: 'updated' } }],
      actorId,
    );
  }

  /** Archives or restores; archiving an archived record (restoring a current one) changes nothing. */
  async setArchived(id: string, archived: boolean, actorId: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.locked(manager, id);
      if ((current.archivedAt !== null) === archived) return;
      current.archivedAt = archived ? new Date() : null;
      await manager.save(current);
      await this.activity.record(manager, {
        subjectType: this.table.subjectType,
        subjectId: id,
        kind: archived ? 'archived' : 'restored',
        actorId,
      });
    });
  }
}
