import type { ReviewEngineMeasurement, ReviewHighsMeasurement } from './review-measure';
import { REVIEW_SIZE } from './review-measure';
import { itemAt } from '../../shared/items';

const ms = (value: number) =>
  value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en');
const wallCpu = (wall: number, cpu: number) => `${ms(wall)} (${ms(cpu)})`;
const count = (value: number) => value.toLocaleString('en');

/** The reviewer assignment's row, Markdown-shaped like the mentor table above it. */
export function printReviewTable(
  engine: ReviewEngineMeasurement,
  highs: ReviewHighsMeasurement | null,
): void {
  const gap = highs === null ? null : Math.abs(highs.total - engine.total);
  const header = [
    'size',
    'r',
    'pairs',
    'conflicts',
    'load total',
    'whole run ms (CPU)',
    'scoring ms',
    'solve ms (CPU)',
    'rounds',
    'arcs solved',
    'pivots',
    'HiGHS ms (CPU)',
    'Δ objective',
    'total fit',
    'max shared',
    'always together',
    'pairs meeting (tie-break off)',
  ];
  const row = [
    REVIEW_SIZE.name,
    String(REVIEW_SIZE.r),
    count(engine.pairs),
    count(engine.conflicts),
    count(engine.loadTotal),
    wallCpu(engine.runMs, engine.runCpuMs),
    ms(engine.scoringMs),
    wallCpu(engine.solveMs, engine.solveCpuMs),
    String(engine.rounds),
    count(engine.arcs),
    count(engine.pivots),
    highs === null ? 'skipped' : wallCpu(highs.solveMs, highs.solveCpuMs),
    gap === null ? '–' : gap < 1e-6 ? `${gap.toExponential(0)} ✓` : `${gap.toPrecision(3)} ✗`,
    engine.total.toFixed(3),
    String(engine.spread.maxShared),
    String(engine.spread.alwaysTogether),
    `${count(engine.spread.pairsThatMeet)} (${count(engine.spreadWithoutTieBreak.pairsThatMeet)})`,
  ];
  const widths = header.map((title, c) => Math.max(title.length, itemAt(row, c).length));
  const line = (values: string[]) =>
    `| ${values.map((value, c) => (c === 0 ? value.padEnd(itemAt(widths, c)) : value.padStart(itemAt(widths, c)))).join(' | ')} |`;
  console.log('');
  console.log(
    `Reviewer assignment — seeded synthetic call: ${REVIEW_SIZE.name}, r = ${REVIEW_SIZE.r}, ` +
      'loads 30–60, 0–2 declared conflicts per application',
  );
  console.log('');
  console.log(line(header));
  console.log(
    `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  console.log(line(row));
  console.log('');
  for (const note of [
    'whole run: assignReviewers (checks, scoring every pair, exact solve, explanations, spread figures).',
    'solve: solveReviewAssignment on the scored graph; rounds = network simplex solves of the pricing',
    '  loop, arcs solved = arcs of the last round (of all pairs). HiGHS: the LP optimum of the same',
    '  problem (reviewAssignmentLp); Δ objective = |HiGHS − ours| in fit points.',
    `spread: max shared = most applications two reviewers have in common; always together = pairs`,
    `  where one reviewer's applications are all among the other's; fit without the tie-break`,
    `  ${engine.totalWithoutSpread.toFixed(3)} (equal by construction).`,
  ]) {
    console.log(note);
  }
}
