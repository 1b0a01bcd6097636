import type { Locale } from '@kohorte/contracts';
import type { SafeHtml } from './html';

/** What every template may use besides its data: the incubator's name and absolute links. */
export interface MailContext {
  incubatorName: string;
  /** An absolute URL on the configured public base URL (never a request's Host): `link('/respond/…')`. */
  link: (path: string) => string;
}

/**
 * One email: its subject, its body as HTML (escaped through `html`) and as plain text, and the
 * footer's reason ("You receive this because …"). The shared layout adds the incubator's name
 * and the footer around the body. `data` is the outbox row's data: check what you read from it
 * (`requireString`), a missing field fails the mail instead of sending a broken one.
 */
export interface MailTemplate {
  subject(data: Record<string, unknown>, locale: Locale, context: MailContext): string;
  html(data: Record<string, unknown>, locale: Locale, context: MailContext): SafeHtml;
  text(data: Record<string, unknown>, locale: Locale, context: MailContext): string;
  /** The footer's sentence, completing "You receive this because …" / "Sie erhalten diese E-Mail, weil …". */
  reason(data: Record<string, unknown>, locale: Locale, context: MailContext): string;
}

/** A template's data did not have what it needs: sending it again would not help. */
export class MailDataError extends Error {}

/** Reads a required non-empty string from a template's data. */
export function requireString(data: Record<string, unknown>, field: string): string {
  const value = data[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new MailDataError(`The mail's data has no "${field}" (a non-empty string)`);
  }
  return value;
}

/** Reads an optional string from a template's data (null when absent or empty). */
export function optionalString(data: Record<string, unknown>, field: string): string | null {
  const value = data[field];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') {
    throw new MailDataError(`The mail's data field "${field}" must be a string`);
  }
  return value;
}
