import type { Measurement } from './load';
import { median } from './matching/timing';
import { itemAt } from '../shared/items';

/** The targets: API throughput at least half the bare server's, p99 at most twice. */
export const TARGET_THROUGHPUT_RATIO = 0.5;
export const TARGET_P99_RATIO = 2;

/**
 * Several rounds of one server on one endpoint as one measurement: the median of each figure,
 * the failures of all rounds. A shared machine's neighbours come and go within a run; the median
 * of rounds that alternate with the other server's keeps a slow minute from deciding the ratio.
 */
export function medianOf(rounds: readonly Measurement[]): Measurement {
  const of = (figure: (run: Measurement) => number) => median(rounds.map(figure));
  return {
    requestsPerSecond: of((run) => run.requestsPerSecond),
    p50Ms: of((run) => run.p50Ms),
    p99Ms: of((run) => run.p99Ms),
    serverCpuMsPerRequest: of((run) => run.serverCpuMsPerRequest),
    requests: rounds.reduce((sum, run) => sum + run.requests, 0),
    failures: rounds.reduce((sum, run) => sum + run.failures, 0),
  };
}

export interface Comparison {
  endpoint: string;
  bare: Measurement;
  api: Measurement;
}

export interface Verdict {
  throughputRatio: number;
  p99Ratio: number;
  meetsTargets: boolean;
}

export function verdict({ bare, api }: Comparison): Verdict {
  const throughputRatio = api.requestsPerSecond / bare.requestsPerSecond;
  const p99Ratio = api.p99Ms / bare.p99Ms;
  return {
    throughputRatio,
    p99Ratio,
    meetsTargets:
      throughputRatio >= TARGET_THROUGHPUT_RATIO &&
      p99Ratio <= TARGET_P99_RATIO &&
      bare.failures + api.failures === 0,
  };
}

const HEADERS = [
  'endpoint',
  'bare req/s',
  'API req/s',
  'API/bare',
  'bare p50',
  'API p50',
  'bare p99',
  'API p99',
  'p99 API/bare',
  'bare CPU/req',
  'API CPU/req',
  'target',
];

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** One aligned text table: a row per endpoint, latencies and server CPU time per request in ms. */
export function formatTable(comparisons: readonly Comparison[]): string {
  const rows = comparisons.map((comparison) => {
    const { bare, api } = comparison;
    const { throughputRatio, p99Ratio, meetsTargets } = verdict(comparison);
    return [
      comparison.endpoint,
      fixed(bare.requestsPerSecond, 0),
      fixed(api.requestsPerSecond, 0),
      `${fixed(throughputRatio, 2)}×`,
      `${fixed(bare.p50Ms, 1)} ms`,
      `${fixed(api.p50Ms, 1)} ms`,
      `${fixed(bare.p99Ms, 1)} ms`,
      `${fixed(api.p99Ms, 1)} ms`,
      `${fixed(p99Ratio, 2)}×`,
      `${fixed(bare.serverCpuMsPerRequest, 2)} ms`,
      `${fixed(api.serverCpuMsPerRequest, 2)} ms`,
      meetsTargets ? 'met' : 'MISSED',
    ];
  });
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => itemAt(row, column).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(itemAt(widths, column)) : cell.padStart(itemAt(widths, column)),
      )
      .join('  ');
  return [line(HEADERS), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}
