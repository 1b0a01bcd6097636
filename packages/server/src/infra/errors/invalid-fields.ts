import type { ApiErrorBody, FieldError } from '@kohorte/contracts';
import { InvalidFieldsError } from './domain-errors';

/** A 400 with the same body as the API's validation pipe, for rules that only a service can check. */
export function invalidFields(errors: FieldError[]): InvalidFieldsError {
  const body: ApiErrorBody = {
    statusCode: 400,
    error: 'Bad Request',
    message: 'Some fields are invalid',
    errors,
  };
  return new InvalidFieldsError(body);
}
