/**
 * The reviewer assignment's benchmark measurements, run in a process of their own by measure.ts:
 * `reviewEngine` times a whole assignReviewers run and its solve alone (spread on and off);
 * `reviewHighs` solves the same problem's LP with HiGHS, the reference optimum.
 */
import {
  assignReviewers,
  buildReviewProblem,
  reviewAssignmentLp,
  solveReviewAssignment,
  type ReviewAssignmentInput,
  type ReviewSpread,
} from '@kohorte/matching';
import highsLoader from 'highs';
import { syntheticApplications, syntheticConflicts, syntheticReviewers } from './review-pools';
import { timed } from './timing';

export const REVIEW_SIZE = { name: '2,000×150', applications: 2000, reviewers: 150, r: 3 };

export interface ReviewEngineMeasurement {
  pairs: number;
  conflicts: number;
  loadTotal: number;
  runMs: number;
  runCpuMs: number;
  scoringMs: number;
  solveMs: number;
  solveCpuMs: number;
  pivots: number;
  rounds: number;
  arcs: number;
  total: number;
  spread: ReviewSpread;
  /** The same run with the spread's tie-break off. */
  totalWithoutSpread: number;
  spreadWithoutTieBreak: ReviewSpread;
  maxRssBytes: number;
}

export interface ReviewHighsMeasurement {
  solveMs: number;
  solveCpuMs: number;
  total: number;
  status: string;
}

function reviewInput(): ReviewAssignmentInput {
  const { applications: n, reviewers: m, r } = REVIEW_SIZE;
  const seed = n * 7919 + m;
  return {
    applications: syntheticApplications(n, seed),
    reviewers: syntheticReviewers(m, seed + 1),
    params: { r, conflicts: syntheticConflicts(n, m, seed + 2) },
  };
}

export function reviewEngine(): ReviewEngineMeasurement {
  const input = reviewInput();
  const run = timed(5, () => assignReviewers(input));
  const problem = buildReviewProblem(input);
  const solveParams = {
    r: REVIEW_SIZE.r,
    pinned: problem.pinned,
    spreadSeed: problem.params.spreadSeed,
  };
  const solve = timed(5, () => solveReviewAssignment(problem.graph, solveParams));
  const withoutSpread = assignReviewers({
    ...input,
    params: { ...input.params, spreadSeed: null },
  });
  return {
    pairs: REVIEW_SIZE.applications * REVIEW_SIZE.reviewers,
    conflicts: input.params?.conflicts?.length ?? 0,
    loadTotal: input.reviewers.reduce((sum, reviewer) => sum + reviewer.maxLoad, 0),
    runMs: run.ms,
    runCpuMs: run.cpuMs,
    scoringMs: run.value.stats.scoringMs,
    solveMs: solve.ms,
    solveCpuMs: solve.cpuMs,
    pivots: solve.value.pivots,
    rounds: solve.value.rounds,
    arcs: solve.value.arcs,
    total: run.value.totalScore,
    spread: run.value.spread,
    totalWithoutSpread: withoutSpread.totalScore,
    spreadWithoutTieBreak: withoutSpread.spread,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

export async function reviewHighs(): Promise<ReviewHighsMeasurement> {
  const input = reviewInput();
  const problem = buildReviewProblem(input);
  const lp = reviewAssignmentLp(problem.graph, { r: REVIEW_SIZE.r, pinned: problem.pinned });
  const solver = await highsLoader();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const solution = solver.solve(lp, { output_flag: false });
  const solveMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return {
    solveMs,
    solveCpuMs: (used.user + used.system) / 1000,
    // The LP's objective is in milli-points.
    total: solution.ObjectiveValue / 1000,
    status: solution.Status,
  };
}
