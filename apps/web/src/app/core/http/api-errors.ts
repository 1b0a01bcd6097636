import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl } from '@angular/forms';
import { ApiErrorBody, FieldError } from '@kohorte/contracts';
import { REASON_ERROR } from '../forms/field-rule';

/** The API's error body, when the failure came from the API (not the network or a proxy). */
function apiErrorBody(error: unknown): ApiErrorBody | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null || !('statusCode' in body)) return null;
  return body as ApiErrorBody;
}

/** `sectors.1` names the second sector; the form has one control for all sectors. */
function controlFor(form: AbstractControl, field: string): AbstractControl | null {
  return form.get(field) ?? form.get(field.split('.')[0]);
}

/**
 * Shows the API's verdict on a submitted form: each field error becomes a `reason` (or, without a
 * code, a `server`) error on the control named by its `field` (shown by mat-error beside the field). Returns the message to show
 * above the form, or null when every problem sits beside its field. 401 and 403 return null: the
 * HTTP interceptor already reacted to them (sign-in page, snack bar).
 */
export function applyServerErrors(
  form: AbstractControl,
  error: unknown,
  fallbackMessage: string,
): string | null {
  if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) {
    return null;
  }
  const body = apiErrorBody(error);
  if (!body) return fallbackMessage;

  const unplaced: FieldError[] = [];
  for (const fieldError of body.errors ?? []) {
    const control = controlFor(form, fieldError.field);
    if (!control) {
      unplaced.push(fieldError);
      continue;
    }
    // A coded reason is rendered in the page's language (see fieldErrorMessage); words as sent
    // are shown as they are.
    const error = fieldError.code
      ? { [REASON_ERROR]: { code: fieldError.code, params: fieldError.params ?? {} } }
      : { server: fieldError.messages.join(' ') };
    control.setErrors({ ...control.errors, ...error });
    control.markAsTouched();
  }

  if (unplaced.length > 0) {
    return unplaced.map((e) => `${e.field}: ${e.messages.join(' ')}`).join(' ');
  }
  if (body.errors && body.errors.length > 0) return null;
  // Nest's default ValidationPipe puts a list in `message`; the contract says string. Accept both.
  const message: unknown = body.message;
  if (Array.isArray(message)) return message.join(' ');
  return typeof message === 'string' && message !== '' ? message : fallbackMessage;
}
