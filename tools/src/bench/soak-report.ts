import { itemAt } from '../shared/items';
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
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
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
    Math.max(header.length, ...rows.map((row) => itemAt(row, column).length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, i) => cell.padStart(itemAt(widths, i))).join('  ');
  return [line(headers), ...rows.map(line)].join('\n');
}

/** The least-squares slope of `values` against their index (per step). */
function slope(values: readonly number[]): number {
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, v) => sum + v, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((v, x) => {
    num += (x - meanX) * (v - meanY);
    den += (x - meanX) ** 2;
  });
  return den === 0 ? 0 : num / den;
}

/** A process whose troughs rise by less than this share between the halves: flat. */
const FLAT_SHARE = 0.1;

/**
 * Memory after warm-up, per process: the lowest RSS of the first and of the second half of the
 * settled minutes (the troughs the garbage collector leaves), the least-squares growth over the
 * span and the range. One minute against another says little while the collector saws between
 * them; a leak raises the troughs. The data stores (`stores`) grow with the data the soak writes,
 * so they are shown but not judged.
 */
export function rssTrend(
  minutes: readonly SoakMinute[],
  processes: readonly string[],
  warmupMinutes: number,
  stores: readonly string[] = [],
): string {
  const settled = minutes.filter((m) => m.minute > warmupMinutes);
  if (settled.length < 4) return 'RSS trend: too few minutes after warm-up to tell.';
  const half = Math.floor(settled.length / 2);
  return processes
    .map((p) => {
      const values = settled.map((m) => m.rssMb[p] ?? Number.NaN);
      const early = Math.min(...values.slice(0, half));
      const late = Math.min(...values.slice(values.length - half));
      const growth = slope(values) * (values.length - 1);
      const verdict = stores.includes(p)
        ? 'a data store, grows with the data'
        : late - early < FLAT_SHARE * early
          ? 'flat'
          : 'NOT flat';
      return (
        `${p}: lowest ${fixed(early, 0)} → ${fixed(late, 0)} MB (first half → second half), ` +
        `fitted growth ${growth >= 0 ? '+' : ''}${fixed(growth, 0)} MB over ${values.length} min, ` +
        `range ${fixed(Math.min(...values), 0)}–${fixed(Math.max(...values), 0)}: ${verdict}`
      );
    })
    .join('\n');
}
