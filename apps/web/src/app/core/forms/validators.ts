import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Like `required`, but a name of only spaces is empty too. */
export const notBlank: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && control.value.trim() === '' ? { blank: true } : null;

/** Whole numbers only; empty passes (combine with `required` when needed). */
export const integer: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  if (value === null || value === undefined || value === '') return null;
  return Number.isInteger(value) ? null : { integer: true };
};
