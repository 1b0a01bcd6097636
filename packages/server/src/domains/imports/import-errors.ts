import type { ImportStatus } from '@kohorte/contracts';
import { conflictFields } from '../../infra/errors/conflict';
import { ConflictError, NotFoundError } from '../../infra/errors/domain-errors';

export function importNotFound(id: string): NotFoundError {
  return new NotFoundError(`No import has the id ${id}`);
}

/** 409: the import is not in a state that allows this step; names the status. */
export function importConflict(message: string, status: ImportStatus): ConflictError {
  return conflictFields([{ field: 'status', messages: [`the import is ${status}`] }], message);
}

/** Applying found that the records changed since the dry run: nothing is written. */
export class ImportOutdatedError extends Error {}
