import { inject, Pipe, PipeTransform } from '@angular/core';
import { AbstractControl, ValidationErrors } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';
import { formatReason, Locale } from '@kohorte/contracts';
import { reasonOf } from './field-rule';

/**
 * The one message to show under a field: a reason code (from the field's rule or the API's
 * answer) in the page's language first, then the API's own words, then other client-side checks.
 */
export function fieldErrorMessage(
  errors: ValidationErrors | null,
  translate: (key: string, params?: Record<string, unknown>) => string,
  lang: Locale = 'en',
): string {
  if (!errors) return '';
  const reason = reasonOf(errors);
  if (reason) return formatReason(reason.code, reason.params, lang);
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['required'] || errors['blank']) return translate('validation.required');
  if (errors['maxlength']) {
    return translate('validation.maxLength', { max: errors['maxlength'].requiredLength });
  }
  if (errors['minlength']) {
    return translate('validation.minLength', { min: errors['minlength'].requiredLength });
  }
  if (errors['min']) return translate('validation.min', { min: errors['min'].min });
  if (errors['integer']) return translate('validation.integer');
  if (errors['email']) return translate('validation.email');
  if (errors['matDatepickerParse']) return translate('validation.date');
  return translate('validation.invalid');
}

/**
 * `<mat-error>{{ form.controls.name | fieldError }}</mat-error>`. Impure: a control's errors
 * change without the control itself changing.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(control: AbstractControl): string {
    return fieldErrorMessage(
      control.errors,
      (key, params) => this.transloco.translate(key, params),
      this.transloco.getActiveLang() === 'de' ? 'de' : 'en',
    );
  }
}
