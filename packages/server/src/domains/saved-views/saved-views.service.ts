import { Injectable } from '@nestjs/common';
import {
  type FieldError,
  SAVED_FILTER_MAX_KEYS,
  type SavedView,
  type SavedViewInput,
  type SavedViewList,
} from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { conflictFields, isUniqueViolation } from '../../infra/errors/conflict';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { SavedViewEntity } from './saved-view.entity';
import { ConflictError, NotFoundError } from '../../infra/errors/domain-errors';

const UNIQUE_NAME = 'saved_filters_user_list_name_key';
const MAX_KEY_LENGTH = 40;
const MAX_VALUE_LENGTH = 500;
// Paging belongs to a visit, not to a view: a saved view always opens on its first page.
const PAGING_KEYS = new Set(['page']);

function toSavedView(entity: SavedViewEntity): SavedView {
  return {
    id: entity.id,
    list: entity.list,
    name: entity.name,
    query: entity.query,
    createdAt: entity.createdAt.toISOString(),
  };
}

function nameTaken(name: string): ConflictError {
  return conflictFields(
    [{ field: 'name', messages: [`You already have a saved view named "${name}"`] }],
    `You already have a saved view named "${name}" on this list`,
  );
}

/** The rules for a saved query that a DTO cannot express: string values, bounded, no paging. */
function checkQuery(query: Record<string, unknown>): void {
  const errors: FieldError[] = [];
  const entries = Object.entries(query);
  if (entries.length > SAVED_FILTER_MAX_KEYS) {
    errors.push({
      field: 'query',
      messages: [`query must not have more than ${SAVED_FILTER_MAX_KEYS} parameters`],
    });
  }
  for (const [key, value] of entries) {
    const field = `query.${key}`;
    if (PAGING_KEYS.has(key)) {
      errors.push({ field, messages: [`${key} is not saved: a view opens on its first page`] });
    } else if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key) || key.length > MAX_KEY_LENGTH) {
      errors.push({
        field: 'query',
        messages: [`"${key.slice(0, MAX_KEY_LENGTH)}" is not a query parameter name`],
      });
    } else if (typeof value !== 'string') {
      errors.push({ field, messages: [`${field} must be a string`] });
    } else if (value.length > MAX_VALUE_LENGTH) {
      errors.push({
        field,
        messages: [`${field} must not be longer than ${MAX_VALUE_LENGTH} characters`],
      });
    }
  }
  if (errors.length > 0) throw invalidFields(errors);
}

/** Saved list views: personal, so every operation is scoped to the signed-in user. */
@Injectable()
export class SavedViewsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(userId: string, list: SavedViewList): Promise<SavedView[]> {
    const rows = await this.dataSource
      .getRepository(SavedViewEntity)
      .createQueryBuilder('f')
      .where('f.userId = :userId AND f.list = :list', { userId, list })
      .orderBy('lower(f.name)')
      .addOrderBy('f.id')
      .getMany();
    return rows.map(toSavedView);
  }

  async create(userId: string, input: SavedViewInput): Promise<SavedView> {
    checkQuery(input.query);
    const name = input.name.trim();
    try {
      const saved = await this.dataSource.transaction((manager) =>
        manager.save(
          manager.create(SavedViewEntity, {
            userId,
            list: input.list,
            name,
            query: { ...input.query },
          }),
        ),
      );
      return toSavedView(saved);
    } catch (error) {
      // The unique index decides, also between two saves at the same moment.
      if (isUniqueViolation(error, UNIQUE_NAME)) throw nameTaken(name);
      throw error;
    }
  }

  /** Deletes one of the user's own filters; someone else's is as unknown as a missing one. */
  async remove(userId: string, id: string): Promise<void> {
    const result = await this.dataSource.getRepository(SavedViewEntity).delete({ id, userId });
    if (!result.affected) throw new NotFoundError(`You have no saved view with the id ${id}`);
  }
}
