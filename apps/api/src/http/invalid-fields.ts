import { BadRequestException } from '@nestjs/common';
import type { ApiErrorBody, FieldError } from '@kohorte/contracts';

/** The 400 every refused input gets: which fields, and why. */
export function invalidFields(errors: FieldError[]): BadRequestException {
  const body: ApiErrorBody = {
    statusCode: 400,
    error: 'Bad Request',
    message: 'Some fields are invalid',
    errors,
  };
  return new BadRequestException(body);
}

/** A field's dotted path (`sectors.1`) from its property names and indexes. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.join('.');
}
