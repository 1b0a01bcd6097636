import { Injectable } from '@nestjs/common';
import type {
  StartupContact,
  StartupContactInput,
  UpdateStartupContactRequest,
} from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { TimelineRecorder } from '../timeline/index';
import { fieldChanges } from '../timeline/index';
import { fieldConflict, isUniqueViolation } from '../../infra/errors/conflict';
import { StartupEntity } from '../startups/index';
import { StartupContactEntity } from './startup-contact.entity';
import { contactOfStartup, contactWithEmail, contactsOfStartup } from './contact-queries';
import { ConflictError, NotFoundError } from '../../infra/errors/domain-errors';

const UNIQUE_EMAIL = 'startup_contacts_startup_email_key';
const EDITABLE_FIELDS = [
  'fullName',
  'email',
  'role',
  'phone',
  'isFounder',
] as const satisfies readonly (keyof StartupContactInput)[];

type ContactRow = Omit<StartupContact, 'createdAt' | 'updatedAt'> & {
  createdAt: Date;
  updatedAt: Date;
};

function toContact(row: ContactRow): StartupContact {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

function emailTaken(email: string): ConflictError {
  return fieldConflict('email', `Another contact of this startup has the email ${email}`);
}

/** A startup's founders and contacts; every change goes on the startup's timeline. */
@Injectable()
export class ContactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: TimelineRecorder,
  ) {}

  /** Founders first, then by name. */
  async list(startupId: string): Promise<StartupContact[]> {
    await this.assertStartup(this.dataSource.manager, startupId, false);
    const rows = await contactsOfStartup.all(this.dataSource, [startupId]);
    return rows.map(toContact);
  }

  async create(
    startupId: string,
    input: StartupContactInput,
    actorId: string | null,
  ): Promise<StartupContact> {
    const id = await this.write(async (manager) => {
      await this.assertStartup(manager, startupId, true);
      await this.assertEmailFree(manager, startupId, input.email, null);
      const saved = await manager.save(
        manager.create(StartupContactEntity, {
          startupId,
          fullName: input.fullName,
          email: input.email,
          role: input.role ?? null,
          phone: input.phone ?? null,
          isFounder: input.isFounder ?? true,
        }),
      );
      await this.activity.record(manager, {
        subjectType: 'startup',
        subjectId: startupId,
        kind: 'contact',
        actorId,
        data: { contactId: saved.id, action: 'added', fullName: saved.fullName },
      });
      return saved.id;
    }, input.email);
    return this.get(startupId, id);
  }

  /** Changes the fields given; a patch that changes nothing writes nothing. */
  async update(
    startupId: string,
    contactId: string,
    patch: UpdateStartupContactRequest,
    actorId: string | null,
  ): Promise<StartupContact> {
    await this.write(async (manager) => {
      await this.assertStartup(manager, startupId, true);
      const current = await this.contactOf(manager, startupId, contactId);
      const changes = fieldChanges(current, patch, EDITABLE_FIELDS);
      if (changes.length === 0) return;
      if (patch.email !== undefined) {
        await this.assertEmailFree(manager, startupId, patch.email, contactId);
      }
      const target = current as unknown as Record<string, unknown>;
      for (const change of changes) target[change.field] = change.after;
      await manager.save(current);
      await this.activity.record(manager, {
        subjectType: 'startup',
        subjectId: startupId,
        kind: 'contact',
        actorId,
        changes,
        data: { contactId, action: 'updated', fullName: current.fullName },
      });
    }, patch.email);
    return this.get(startupId, contactId);
  }

  async remove(startupId: string, contactId: string, actorId: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.assertStartup(manager, startupId, true);
      const current = await this.contactOf(manager, startupId, contactId);
      await manager.delete(StartupContactEntity, { id: contactId });
      await this.activity.record(manager, {
        subjectType: 'startup',
        subjectId: startupId,
        kind: 'contact',
        actorId,
        data: { contactId, action: 'removed', fullName: current.fullName },
      });
    });
  }

  async get(startupId: string, contactId: string): Promise<StartupContact> {
    const [row] = await contactOfStartup.all(this.dataSource, [startupId, contactId]);
    if (!row) throw new NotFoundError(`The startup has no contact with the id ${contactId}`);
    return toContact(row);
  }

  /** One transaction; the unique index has the last word on emails (two saves at one moment). */
  private async write<T>(
    work: (manager: EntityManager) => Promise<T>,
    email: string | undefined,
  ): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (email !== undefined && isUniqueViolation(error, UNIQUE_EMAIL)) throw emailTaken(email);
      throw error;
    }
  }

  /**
   * 404 unless the startup exists. With `lock`, its row is locked: contacts of one startup
   * are changed one at a time, and an erasure cannot run in between.
   */
  private async assertStartup(
    manager: EntityManager,
    startupId: string,
    lock: boolean,
  ): Promise<void> {
    const found = await manager.findOne(StartupEntity, {
      where: { id: startupId },
      select: { id: true },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!found) throw new NotFoundError(`No startup has the id ${startupId}`);
  }

  private async contactOf(
    manager: EntityManager,
    startupId: string,
    contactId: string,
  ): Promise<StartupContactEntity> {
    const contact = await manager.findOneBy(StartupContactEntity, { id: contactId, startupId });
    if (!contact) throw new NotFoundError(`The startup has no contact with the id ${contactId}`);
    return contact;
  }

  private async assertEmailFree(
    manager: EntityManager,
    startupId: string,
    email: string,
    exceptId: string | null,
  ): Promise<void> {
    const rows = await contactWithEmail.all(manager, [startupId, email]);
    if (rows.some((row) => row.id !== exceptId)) throw emailTaken(email);
  }
}
