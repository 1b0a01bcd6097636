import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { checkField, FieldReason, FieldRule } from '@kohorte/contracts';

/** The error key under which a refused value's reason (code and parameters) sits on a control. */
export const REASON_ERROR = 'reason';

/**
 * A validator from a field's rule in the contracts' field schema (STARTUP_FIELDS, …): the form
 * refuses what the API and the import refuse, with the same reason, before anything is sent.
 * `toValue` turns the control's value into the one the API takes (a picked Date into its ISO day).
 */
export function fieldRule<T>(rule: FieldRule, toValue?: (value: T) => unknown): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value: unknown = toValue ? toValue(control.value as T) : control.value;
    const verdict = checkField(rule, value);
    return verdict.ok ? null : { [REASON_ERROR]: verdict.reason };
  };
}

/** The reason on a control's errors, from its rule or from the API's answer. */
export function reasonOf(errors: ValidationErrors | null): FieldReason | null {
  const reason: unknown = errors?.[REASON_ERROR];
  return typeof reason === 'object' && reason !== null && 'code' in reason
    ? (reason as FieldReason)
    : null;
}
