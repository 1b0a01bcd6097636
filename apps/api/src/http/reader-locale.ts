import type { Locale } from '@kohorte/contracts';

/**
 * The language an API caller reads, from `Accept-Language` (`de-DE,de;q=0.9,en;q=0.8`): the
 * supported one with the highest weight; English when neither is named.
 */
export function readerLocale(header: string | undefined): Locale {
  let best: { locale: Locale; weight: number } | null = null;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...options] = part.trim().toLowerCase().split(';');
    const locale = tag.split('-')[0];
    if (locale !== 'de' && locale !== 'en') continue;
    const q = options.map((o) => /^\s*q=([\d.]+)\s*$/.exec(o)).find(Boolean);
    const weight = q ? Number(q[1]) : 1;
    if (!best || weight > best.weight) best = { locale, weight };
  }
  return best?.locale ?? 'en';
}
