/** One minute of a soak: what was asked, how it went, and every process's memory at its end. */
export interface SoakMinute {
  minute: number;
  requests: number;
  errors: number;
  latenciesMs: number[];
  /** Resident set size in MB, by process name. */
  rssMb: Record<string, number>;
}

/** The value below which `share` (0–1) of the sorted values lie (nearest rank). */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(share * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

const fixed = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : '–';

/** The table's header and one line per minute, columns aligned; processes in `processes` order. */
export function formatSoakTable(
  minutes: readonly SoakMinute[],
  processes: readonly string[],
): string {
  const headers = [
    'min',
    'requests',
    'req/s',
    'errors',
    'p50 ms',
    'p99 ms',
    ...processes.map((p) => `${p} MB`),
  ];
  const rows = minutes.map((m) => {
    const sorted = [...m.latenciesMs].sort((a, b) => a - b);
    return [
      String(m.minute),
      String(m.requests),
      fixed(m.requests / 60, 1),
      String(m.errors),
      fixed(percentile(sorted, 0.5), 1),
      fixed(percentile(sorted, 0.99), 1),
      ...processes.map((p) => fixed(m.rssMb[p] ?? Number.NaN, 0)),
    ];
  });
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i])).join('  ');
  return [line(headers), ...rows.map(line)].join('\n');
}

/**
 * Memory after warm-up: per process, the RSS of the first minute after `warmupMinutes` and of the
 * last, and the change between them. A flat line is what a soak should show.
 */
export function rssTrend(
  minutes: readonly SoakMinute[],
  processes: readonly string[],
  warmupMinutes: number,
): string {
  const settled = minutes.filter((m) => m.minute > warmupMinutes);
  if (settled.length < 2) return 'RSS trend: too few minutes after warm-up to tell.';
  const first = settled[0];
  const last = settled[settled.length - 1];
  return processes
    .map((p) => {
      const from = first.rssMb[p];
      const to = last.rssMb[p];
      const change = ((to - from) / from) * 100;
      return `${p}: ${fixed(from, 0)} → ${fixed(to, 0)} MB (${change >= 0 ? '+' : ''}${fixed(change, 1)} %)`;
    })
    .join('; ');
}
