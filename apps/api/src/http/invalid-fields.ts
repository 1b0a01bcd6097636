import { BadRequestException } from '@nestjs/common';
import { type ApiErrorBody, type FieldError, INVALID_FIELDS_MESSAGE } from '@kohorte/contracts';

/** The 400 every refused input gets: which fields, and why. */
export function invalidFields(errors: FieldError[]): BadRequestException {
  const body: ApiErrorBody = {
    statusCode: 400,
    error: 'Bad Request',
    message: INVALID_FIELDS_MESSAGE.en,
    errors,
  };
  return new BadRequestException(body);
}

/** A field's dotted path (`sectors.1`) from its property names and indexes. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.join('.');
}
