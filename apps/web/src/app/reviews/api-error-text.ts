import { HttpErrorResponse } from '@angular/common/http';
import { ApiErrorBody, formatReason, Locale } from '@kohorte/contracts';

/**
 * The API's reasons for a refused request in the page's language, one per field
 * (`scores.team.score: is required`), or null when the answer carries none.
 */
export function apiErrorText(error: unknown, lang: Locale): string | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body = error.error as ApiErrorBody | null;
  if (!body || typeof body !== 'object') return null;
  const parts = (body.errors ?? []).map((fieldError) =>
    fieldError.code
      ? `${fieldError.field}: ${formatReason(fieldError.code, fieldError.params ?? {}, lang)}`
      : `${fieldError.field}: ${fieldError.messages.join(' ')}`,
  );
  if (parts.length > 0) return parts.join(' · ');
  return typeof body.message === 'string' ? body.message : null;
}
