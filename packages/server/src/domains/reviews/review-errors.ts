import {
  type ApiErrorBody,
  type FieldError,
  type FieldReasonCode,
  formatReason,
  type ReasonParam,
} from '@kohorte/contracts';
import { ConflictError } from '../../infra/errors/domain-errors';

export function fieldError(
  field: string,
  code: FieldReasonCode,
  params: Record<string, ReasonParam> = {},
): FieldError {
  return { field, code, params, messages: [formatReason(code, params, 'en')] };
}

/** A 409 that says why the review (or round) cannot change now, with the field it concerns. */
export function reviewConflict(
  field: string,
  code: FieldReasonCode,
  params: Record<string, ReasonParam> = {},
): ConflictError {
  const message = formatReason(code, params, 'en');
  const body: ApiErrorBody = {
    statusCode: 409,
    error: 'Conflict',
    message,
    errors: [{ field, code, params, messages: [message] }],
  };
  return new ConflictError(body);
}
