import type { Locale } from '@kohorte/contracts';
import { MailDataError, optionalString, requireString } from '../mail-template';

/** What the reviewer emails share: the greeting and the counts and deadline they state. */

export function reviewerGreeting(data: Record<string, unknown>, locale: Locale): string {
  const name = requireString(data, 'reviewerName');
  return `${locale === 'de' ? 'Hallo' : 'Hello'} ${name},`;
}

/** A whole number ≥ 0 the mail states (how many reviews). */
export function requireCount(data: Record<string, unknown>, field: string): number {
  const value = data[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new MailDataError(`The mail's data has no "${field}" (a whole number ≥ 0)`);
  }
  return value;
}

export function optionalDeadline(data: Record<string, unknown>): string | null {
  return optionalString(data, 'deadline');
}
