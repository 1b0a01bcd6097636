import type { FormatLocale } from '@kohorte/contracts';
import { formatAmount } from '../core/formats/formats';

/** The `respond.amounts` text for a range whose ends may be unknown, with the ends formatted. */
export function eurRange(
  min: number | null,
  max: number | null,
  lang: FormatLocale,
): { key: string; params: { min?: string; max?: string } } {
  const params = {
    ...(min !== null ? { min: formatAmount(min, lang) } : {}),
    ...(max !== null ? { max: formatAmount(max, lang) } : {}),
  };
  if (min !== null && max !== null) return { key: 'respond.amounts.range', params };
  if (min !== null) return { key: 'respond.amounts.from', params };
  if (max !== null) return { key: 'respond.amounts.upTo', params };
  return { key: 'respond.amounts.none', params };
}
