import { type FieldError, formatReason, type RuleError } from '@kohorte/contracts';

/** The contracts' rule errors as the API's field errors, with their English words. */
export function toFieldErrors(errors: readonly RuleError[], prefix = ''): FieldError[] {
  return errors.map((error) => ({
    field: `${prefix}${error.field}`,
    code: error.code,
    params: error.params,
    messages: [formatReason(error.code, error.params, 'en')],
  }));
}
