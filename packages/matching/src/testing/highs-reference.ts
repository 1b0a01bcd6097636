import highsModule from 'highs';
import { assignmentLp } from '../assign/lp-model.js';
import type { AssignmentParams, CandidateGraph } from '../assign/candidate-graph.js';

// The package's types describe its CommonJS build (loader on `.default`); the ES build that
// native ESM loads exports the loader itself.
type Loader = (typeof highsModule)['default'];
const highsLoader = ((highsModule as unknown as { default?: Loader }).default ??
  highsModule) as unknown as Loader;
let highs: ReturnType<Loader> | null = null;

/** The LP optimum from HiGHS in milli-points (total score minus fairness penalties). */
export async function highsOptimumMilli(
  graph: CandidateGraph,
  params: AssignmentParams,
): Promise<number> {
  const lp = assignmentLp(graph, params);
  if (!lp.includes(' x')) return 0;
  highs ??= highsLoader();
  const solution = (await highs).solve(lp, { output_flag: false });
  if (solution.Status !== 'Optimal') throw new Error(`HiGHS: ${solution.Status}`);
  return solution.ObjectiveValue;
}

/** HiGHS's status and optimum for an LP in CPLEX LP format. */
export async function highsSolveLp(lp: string): Promise<{ status: string; objective: number }> {
  highs ??= highsLoader();
  const solution = (await highs).solve(lp, { output_flag: false });
  return { status: solution.Status, objective: solution.ObjectiveValue };
}
