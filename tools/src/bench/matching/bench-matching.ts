/**
 * `npm run bench:matching`: the matching engine on seeded synthetic pools, side by side with
 * LEMON's C++ network simplex (when liblemon-dev and g++ are installed), HiGHS (the LP optimum)
 * and a greedy baseline; prints one table, then the reviewer assignment's
 * row (2,000 applications × 150 reviewers, r = 3) against HiGHS. `--quick` skips HiGHS on the
 * largest mentor size and on the reviewers. Every measurement runs in its own process; see
 * measure.ts.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { SIZES } from './instances';
import { buildLemonDriver } from './lemon';
import type { EngineMeasurement, HighsMeasurement } from './measure';
import {
  REVIEW_SIZE,
  type ReviewEngineMeasurement,
  type ReviewHighsMeasurement,
} from './review-measure';
import { printReviewTable } from './review-table';
import { lemonAgrees, printTable, type Row } from './table';

function measure<T>(
  mode: 'engine' | 'highs' | 'review' | 'review-highs',
  size: number,
  lemonDriver?: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const args = [mode, String(size), ...(lemonDriver ? [lemonDriver] : [])];
    const child = fork(join(__dirname, 'measure.js'), args, {
      execArgv: ['--max-old-space-size=4096'],
    });
    let reply: T | undefined;
    child.on('message', (message) => (reply = message as T));
    child.on('error', reject);
    child.on('exit', (code) =>
      reply === undefined ? reject(new Error(`${mode} ${size}: exit ${code}`)) : resolve(reply),
    );
  });
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const lemon = buildLemonDriver();
  const lemonDriver = 'path' in lemon ? lemon.path : undefined;
  const rows: Row[] = [];
  for (const [index, size] of SIZES.entries()) {
    process.stderr.write(`${size.name}: engine${lemonDriver ? ' and LEMON' : ''}…`);
    const engine = await measure<EngineMeasurement>('engine', index, lemonDriver);
    let highs: HighsMeasurement | null = null;
    if (!(quick && size.slowReference)) {
      process.stderr.write(' HiGHS…');
      highs = await measure<HighsMeasurement>('highs', index);
    }
    process.stderr.write(' done\n');
    rows.push({ size, engine, highs });
  }
  printTable(rows, 'skipped' in lemon ? lemon.skipped : null);
  const disagree = rows.filter((row) => !lemonAgrees(row.engine));
  if (disagree.length > 0) {
    throw new Error(
      `LEMON's optimum differs from ours on ${disagree.map((row) => row.size.name).join(', ')}`,
    );
  }

  process.stderr.write(`reviewers ${REVIEW_SIZE.name}: engine…`);
  const review = await measure<ReviewEngineMeasurement>('review', 0);
  let reviewReference: ReviewHighsMeasurement | null = null;
  if (!quick) {
    process.stderr.write(' HiGHS…');
    reviewReference = await measure<ReviewHighsMeasurement>('review-highs', 0);
  }
  process.stderr.write(' done\n');
  printReviewTable(review, reviewReference);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
