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

/** A bar of the chart: its row and its length as a share (0–1) of the longest bar's. */
export interface ChartBar extends ChartRow {
  share: number;
}

/** The bars' lengths, the largest count filling the chart; all empty when every count is 0. */
export function chartBars(rows: ChartRow[]): ChartBar[] {
  const largest = Math.max(0, ...rows.map((row) => row.count));
  return rows.map((row) => ({
    ...row,
    share: largest === 0 ? 0 : row.count / largest,
  }));
}
