import type { ApiErrorBody, FieldError } from '@kohorte/contracts';
import { ConflictError } from './domain-errors';

/**
 * A 409 that names the fields in conflict, in the same shape as a 400's field errors. The
 * message joins the fields' messages unless a different one is given.
 */
export function conflictFields(
  errors: FieldError[],
  message = errors.map((error) => error.messages.join(' ')).join(' '),
): ConflictError {
  const body: ApiErrorBody = { statusCode: 409, error: 'Conflict', message, errors };
  return new ConflictError(body);
}

/** A 409 naming the one field that must be unique (or is in the way), with its message. */
export function fieldConflict(field: string, message: string): ConflictError {
  return conflictFields([{ field, messages: [message] }]);
}

/** Whether a database error is a unique violation of this index (a race the check missed). */
export function isUniqueViolation(error: unknown, index: string): boolean {
  const driverError = (error as { driverError?: { code?: unknown; constraint?: unknown } } | null)
    ?.driverError;
  return driverError?.code === '23505' && driverError.constraint === index;
}
