import type { Locale } from '@kohorte/contracts';

/** What the reviewer emails share: the greeting. */

export function reviewerGreeting(data: { reviewerName: string }, locale: Locale): string {
  return `${locale === 'de' ? 'Hallo' : 'Hello'} ${data.reviewerName},`;
}
