import { ConflictException, NotFoundException } from '@nestjs/common';
import type { ApiErrorBody, ImportStatus } from '@kohorte/contracts';

export function importNotFound(id: string): NotFoundException {
  return new NotFoundException(`No import has the id ${id}`);
}

/** 409: the import is not in a state that allows this step; names the status. */
export function importConflict(message: string, status: ImportStatus): ConflictException {
  const body: ApiErrorBody = {
    statusCode: 409,
    error: 'Conflict',
    message,
    errors: [{ field: 'status', messages: [`the import is ${status}`] }],
  };
  return new ConflictException(body);
}

/** Applying found that the records changed since the dry run: nothing is written. */
export class ImportOutdatedError extends Error {}
