/**
 * `npm run bench:matching`: the matching engine on seeded synthetic pools, side by side with
 * HiGHS (the LP optimum) and a greedy baseline; prints one table. `--quick` skips HiGHS on the
 * largest size (about 8 s). Every measurement runs in its own process; see measure.ts.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { SIZES } from './instances';
import type { EngineMeasurement, HighsMeasurement } from './measure';
import { printTable, type Row } from './table';

function measure<T>(mode: 'engine' | 'highs', size: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'measure.js'), [mode, String(size)], {
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
  const rows: Row[] = [];
  for (const [index, size] of SIZES.entries()) {
    process.stderr.write(`${size.name}: engine…`);
    const engine = await measure<EngineMeasurement>('engine', index);
    let highs: HighsMeasurement | null = null;
    if (!(quick && size.slowReference)) {
      process.stderr.write(' HiGHS…');
      highs = await measure<HighsMeasurement>('highs', index);
    }
    process.stderr.write(' done\n');
    rows.push({ size, engine, highs });
  }
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
