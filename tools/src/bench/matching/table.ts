import { cpus, loadavg } from 'node:os';
import type { Size } from './instances';
import { K } from './instances';
import type { EngineMeasurement, HighsMeasurement } from './measure';
import { firstOf, itemAt } from '../../shared/items';

export interface Row {
  size: Size;
  engine: EngineMeasurement;
  highs: HighsMeasurement | null;
}

const ms = (value: number) =>
  value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en');
/** Wall time with the CPU time in parentheses. */
const wallCpu = (wall: number, cpu: number) => `${ms(wall)} (${ms(cpu)})`;
const count = (value: number) => value.toLocaleString('en');
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/** LEMON's CPU time: the faster of its two arc orders. */
export function lemonCpuMs(engine: EngineMeasurement): number | null {
  const { lemon } = engine;
  return lemon === null ? null : Math.min(lemon.inputOrderCpuMs, lemon.partnerOrderCpuMs);
}

/** Whether LEMON's optimum is ours (its cost is minus the total score, in milli-points). */
export function lemonAgrees(engine: EngineMeasurement): boolean {
  return engine.lemon === null || -engine.lemon.costMilli === Math.round(engine.total * 1000);
}

function lemonCells(engine: EngineMeasurement): string[] {
  const lemon = lemonCpuMs(engine);
  if (lemon === null) return ['skipped', '–', '–'];
  return [
    lemon.toFixed(1),
    `${(engine.solveCpuMs / lemon).toFixed(2)}×`,
    lemonAgrees(engine) ? '✓' : `✗ ${(-engine.lemon!.costMilli / 1000).toFixed(3)}`,
  ];
}

function cells(row: Row): string[] {
  const { size, engine, highs } = row;
  const gap = highs === null ? null : Math.abs(highs.total - engine.total);
  return [
    size.weights ? `${size.name} (equal weights)` : size.name,
    size.perStartup === null ? 'all' : `${size.perStartup}/startup`,
    count(engine.scoredPairs),
    count(engine.candidates),
    wallCpu(engine.scoringMs, engine.scoringCpuMs),
    wallCpu(engine.solveMs, engine.solveCpuMs),
    count(engine.pivots),
    ...lemonCells(engine),
    highs === null ? 'skipped' : wallCpu(highs.solveMs, highs.solveCpuMs),
    highs === null ? '–' : `${(highs.solveCpuMs / engine.solveCpuMs).toFixed(0)}×`,
    gap === null ? '–' : gap < 1e-6 ? `${gap.toExponential(0)} ✓` : `${gap.toPrecision(3)} ✗`,
    engine.total.toFixed(3),
    wallCpu(engine.greedyMs, engine.greedyCpuMs),
    (engine.total / engine.greedyTotal).toFixed(4),
    wallCpu(engine.runMs, engine.runCpuMs),
    mb(engine.maxRssBytes),
  ];
}

const HEADER = [
  'size',
  'shortlist',
  'pairs scored',
  'candidates',
  'scoring ms (CPU)',
  'solve ms (CPU)',
  'pivots',
  'LEMON CPU ms',
  'ours/LEMON CPU',
  'LEMON optimum',
  'HiGHS ms (CPU)',
  'HiGHS/ours CPU',
  'Δ objective',
  'total score',
  'greedy ms (CPU)',
  'ours/greedy score',
  'whole run ms (CPU)',
  'peak RSS',
];

/** One table, Markdown-shaped so that it can be pasted into a note as it is. */
export function printTable(rows: readonly Row[], lemonSkipped: string | null): void {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, c) => Math.max(...table.map((line) => itemAt(line, c).length)));
  const line = (values: string[]) =>
    `| ${values.map((value, c) => (c === 0 ? value.padEnd(itemAt(widths, c)) : value.padStart(itemAt(widths, c)))).join(' | ')} |`;
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  console.log(
    `Matching benchmark — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ` +
      `load average ${load} (1 / 5 / 15 min) at the end`,
  );
  console.log(
    `k = ${K}, mentor capacities 1–5, seeded synthetic pools (topics, sectors, stages, languages, cities)`,
  );
  console.log('');
  console.log(line(firstOf(table)));
  console.log(
    `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const values of table.slice(1)) console.log(line(values));
  console.log('');
  for (const note of NOTES) console.log(note);
  if (lemonSkipped !== null) console.log(`LEMON column skipped: ${lemonSkipped}.`);
}

const NOTES = [
  'scoring: building the candidate graph (every scored pair, hard rules, min score > 0).',
  'solve: solveAssignment on that graph, scores given (network simplex, exact).',
  'LEMON: its NetworkSimplex (C++, g++ -O2, default block search) on the same network, pair arcs in',
  "  the graph's order and by mentor best first (that order given, not timed), the faster of the two;",
  '  CPU time of building its network from the same arrays + constructor + run() (as solve includes',
  '  our network build), median after one warm-up run. ours/LEMON CPU: solve CPU / LEMON CPU.',
  '  LEMON optimum ✓: equal',
  '  to ours to the milli-point (a mismatch fails the benchmark).',
  'HiGHS: its LP solve of the same graph (assignmentLp text; parsing included); Δ objective =',
  '  |HiGHS optimum − ours|. greedy: pairs by descending score while both sides have room.',
  'whole run: matchMentors (scoring, solve, explanations of the pairs, 3 alternatives per startup).',
  'Times: median of several runs after a warm-up (≥ 3 runs and ≥ 300 ms: the engine runs warm in',
  '  production), wall clock with CPU time of the process in parentheses (on a shared machine wall',
  '  time includes waiting; CPU time includes V8 helper threads such as the GC, so it can exceed',
  '  wall time). Peak RSS: max resident set of the engine process (pools, graph, all runs); HiGHS',
  '  and LEMON run in processes of their own.',
];
