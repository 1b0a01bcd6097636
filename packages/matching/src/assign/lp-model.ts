import {
  type AssignmentParams,
  validateGraph,
  type CandidateGraph,
  toMilli,
} from './candidate-graph.js';

/**
 * The same assignment as a linear program in CPLEX LP format, for checking the solver against
 * any LP solver (the tests and the benchmark use HiGHS). Variable `x<p>` is pair p; costs are in
 * milli-points, so the LP's objective divided by 1000 is the total score minus fairness
 * penalties. The constraint matrix of a bipartite b-matching is totally unimodular, so the LP
 * optimum is attained by a 0/1 solution and equals the integer optimum.
 */
export function assignmentLp(graph: CandidateGraph, params: AssignmentParams): string {
  validateGraph(graph);
  const minMilli = toMilli(params.minScore ?? 0);
  const penaltyMilli = toMilli(params.fairnessPenalty ?? 0);
  const pinned = new Set(params.pinned ?? []);
  const objective: string[] = [];
  const byStartup: string[][] = Array.from({ length: graph.startupCount }, () => []);
  const byPartner: string[][] = Array.from({ length: graph.partnerCount }, () => []);
  const bounds: string[] = [];
  for (let p = 0; p < graph.pairScore.length; p++) {
    const milli = toMilli(graph.pairScore[p]!);
    if (!pinned.has(p) && (milli <= 0 || milli < minMilli)) continue;
    const x = `x${p}`;
    objective.push(`${milli} ${x}`);
    byStartup[graph.pairStartup[p]!]!.push(x);
    byPartner[graph.pairPartner[p]!]!.push(x);
    bounds.push(pinned.has(p) ? `${x} = 1` : `0 <= ${x} <= 1`);
  }
  const rows: string[] = [];
  byStartup.forEach((xs, i) => {
    if (xs.length > 0) rows.push(`s${i}: ${terms(xs)} <= ${params.k}`);
  });
  byPartner.forEach((xs, j) => {
    if (xs.length === 0) return;
    if (penaltyMilli === 0) {
      rows.push(`p${j}: ${terms(xs)} <= ${graph.capacity[j]}`);
      return;
    }
    // Fairness: the load is split into unit places y<j>_<u> of rising cost.
    const ys = Array.from({ length: graph.capacity[j]! }, (_, u) => `y${j}_${u}`);
    ys.forEach((y, u) => {
      if (u > 0) objective.push(`- ${penaltyMilli * u} ${y}`);
      bounds.push(`0 <= ${y} <= 1`);
    });
    rows.push(`p${j}: ${terms(xs)}${ys.map((y) => ` - ${y}`).join('')} = 0`);
  });
  return [
    'Maximize',
    ` obj: ${objective.length > 0 ? terms(objective) : '0'}`,
    'Subject To',
    ...rows.map((row) => ` ${row}`),
    'Bounds',
    ...bounds.map((bound) => ` ${bound}`),
    'End',
    '',
  ].join('\n');
}

/** Terms joined by +, eight to a line (LP readers accept any line length, people do not). */
function terms(items: readonly string[]): string {
  let text = '';
  items.forEach((item, index) => {
    const sign = index === 0 || item.startsWith('-') ? '' : '+ ';
    const gap = index === 0 ? '' : index % 8 === 0 ? '\n   ' : ' ';
    text += gap + sign + item;
  });
  return text;
}
