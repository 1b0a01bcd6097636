import { ConflictException, NotFoundException } from '@nestjs/common';
import type { ApiErrorBody, FieldError } from '@kohorte/contracts';

/** A 409 that names the fields in conflict, in the same shape as a 400's field errors. */
export function conflictFields(errors: FieldError[]): ConflictException {
  const body: ApiErrorBody = {
    statusCode: 409,
    error: 'Conflict',
    message: errors.map((error) => error.messages.join(' ')).join(' '),
    errors,
  };
  return new ConflictException(body);
}

export function conflict(field: string, message: string): ConflictException {
  return conflictFields([{ field, messages: [message] }]);
}

export function programmeNotFound(id: string): NotFoundException {
  return new NotFoundException(`No programme has the id ${id}`);
}

export function cohortNotFound(id: string): NotFoundException {
  return new NotFoundException(`No cohort has the id ${id}`);
}

export function notAMember(cohortId: string, startupId: string): NotFoundException {
  return new NotFoundException(`The startup ${startupId} is not in the cohort ${cohortId}`);
}
