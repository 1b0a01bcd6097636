/**
 * One benchmark measurement in its own process (so that its peak RSS is its own): `engine`
 * times scoring, the exact solve, greedy and a whole run, then LEMON's solve of the same graph
 * (in the driver's process) when a driver is given; `highs` solves the same instance's LP;
 * `review` and `review-highs` do the same for the reviewer assignment (review-measure.ts).
 * Started by bench-matching; replies with one message.
 */
import {
  assignmentLp,
  buildMentorCandidates,
  greedyAssignment,
  matchMentors,
  solveAssignment,
} from '@kohorte/matching';
import highsLoader from 'highs';
import { instance, K, SIZES } from './instances';
import { type LemonMeasurement, solveWithLemon } from './lemon';
import { reviewEngine, reviewHighs } from './review-measure';
import { timed } from './timing';
import { itemAt } from '../../shared/items';

export interface EngineMeasurement {
  scoredPairs: number;
  candidates: number;
  scoringMs: number;
  scoringCpuMs: number;
  solveMs: number;
  solveCpuMs: number;
  pivots: number;
  nodes: number;
  arcs: number;
  total: number;
  greedyMs: number;
  greedyCpuMs: number;
  greedyTotal: number;
  runMs: number;
  runCpuMs: number;
  runTotal: number;
  maxRssBytes: number;
  heapUsedBytes: number;
  /** Null when the benchmark has no LEMON driver. */
  lemon: LemonMeasurement | null;
}

export interface HighsMeasurement {
  lpBytes: number;
  solveMs: number;
  solveCpuMs: number;
  total: number;
  status: string;
}

function engine(sizeIndex: number, lemonDriver: string | undefined): EngineMeasurement {
  const size = itemAt(SIZES, sizeIndex);
  const { input, options } = instance(size);
  const scoring = timed(size.repeats, () => buildMentorCandidates(input, options));
  const graph = scoring.value;
  const solve = timed(size.repeats, () => solveAssignment(graph, { k: K }));
  const greedy = timed(size.repeats, () => greedyAssignment(graph, { k: K }));
  const run = timed(1, () => matchMentors(input, options));
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  const lemon = lemonDriver ? solveWithLemon(lemonDriver, graph, K, size.repeats) : null;
  return {
    scoredPairs: graph.scoredPairs,
    candidates: graph.pairScore.length,
    scoringMs: scoring.ms,
    scoringCpuMs: scoring.cpuMs,
    solveMs: solve.ms,
    solveCpuMs: solve.cpuMs,
    pivots: solve.value.stats.pivots,
    nodes: solve.value.stats.nodes,
    arcs: solve.value.stats.arcs,
    total: solve.value.totalScore,
    greedyMs: greedy.ms,
    greedyCpuMs: greedy.cpuMs,
    greedyTotal: greedy.value.totalScore,
    runMs: run.ms,
    runCpuMs: run.cpuMs,
    runTotal: run.value.totalScore,
    maxRssBytes,
    heapUsedBytes: process.memoryUsage().heapUsed,
    lemon,
  };
}

async function highs(sizeIndex: number): Promise<HighsMeasurement> {
  const { input, options } = instance(itemAt(SIZES, sizeIndex));
  const lp = assignmentLp(buildMentorCandidates(input, options), { k: K });
  const solver = await highsLoader();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const solution = solver.solve(lp, { output_flag: false });
  const solveMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return {
    lpBytes: lp.length,
    solveMs,
    solveCpuMs: (used.user + used.system) / 1000,
    // The LP's costs are milli-points.
    total: solution.ObjectiveValue / 1000,
    status: solution.Status,
  };
}

async function main(): Promise<void> {
  const [mode, size, lemonDriver] = process.argv.slice(2);
  const index = Number(size);
  const result =
    mode === 'review'
      ? reviewEngine()
      : mode === 'review-highs'
        ? await reviewHighs()
        : mode === 'highs'
          ? await highs(index)
          : engine(index, lemonDriver);
  process.send?.(result);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
