import { formatCurrency } from '@angular/common';

/** Whole euros in the page's language: "€250,000" / "250.000 €". */
export function formatEur(amount: number, lang: string): string {
  return formatCurrency(amount, lang, '€', 'EUR', '1.0-0');
}

/** The `respond.amounts` text for a range whose ends may be unknown, with the ends formatted. */
export function eurRange(
  min: number | null,
  max: number | null,
  lang: string,
): { key: string; params: { min?: string; max?: string } } {
  const params = {
    ...(min !== null ? { min: formatEur(min, lang) } : {}),
    ...(max !== null ? { max: formatEur(max, lang) } : {}),
  };
  if (min !== null && max !== null) return { key: 'respond.amounts.range', params };
  if (min !== null) return { key: 'respond.amounts.from', params };
  if (max !== null) return { key: 'respond.amounts.upTo', params };
  return { key: 'respond.amounts.none', params };
}
