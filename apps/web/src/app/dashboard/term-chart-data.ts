import { DashboardTermCounts, Locale } from '@kohorte/contracts';

export interface ChartRow {
  label: string;
  count: number;
}

/**
 * The bars of a chart, labelled in the UI language, in the vocabulary's order; startups without
 * a value come last, when there are any.
 */
export function chartRows(
  counts: DashboardTermCounts,
  lang: Locale,
  unsetLabel: string,
): ChartRow[] {
  const rows = counts.terms.map((term) => ({
    label: lang === 'de' ? term.labelDe : term.labelEn,
    count: term.count,
  }));
  return counts.unset > 0 ? [...rows, { label: unsetLabel, count: counts.unset }] : rows;
}
