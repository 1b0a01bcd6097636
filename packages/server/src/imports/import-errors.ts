import { type ConflictException, NotFoundException } from '@nestjs/common';
import type { ImportStatus } from '@kohorte/contracts';
import { conflictFields } from '../errors/conflict';

export function importNotFound(id: string): NotFoundException {
  return new NotFoundException(`No import has the id ${id}`);
}

/** 409: the import is not in a state that allows this step; names the status. */
export function importConflict(message: string, status: ImportStatus): ConflictException {
  return conflictFields([{ field: 'status', messages: [`the import is ${status}`] }], message);
}

/** Applying found that the records changed since the dry run: nothing is written. */
export class ImportOutdatedError extends Error {}
