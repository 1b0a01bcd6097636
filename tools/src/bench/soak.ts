/**
 * `npm run soak`: Kohorte in its production shape (two API and two worker processes from their
 * builds, a private PostgreSQL and Redis, an SMTP sink) under a steady mixed load of a signed-in
 * manager for `--minutes` (default 30). Each minute it prints the requests, errors (anything not
 * 2xx, and requests that got no answer), p50/p99 latency and the RSS of every process; at the
 * end the RSS trend after warm-up. At minute 1 every Node process gets SIGUSR2 (the diagnostics
 * signal), which must not stop any of them. Options: --minutes, --rate (requests per second,
 * default 40: a soak looks for leaks and drift, not for the peak), --connections (default 4),
 * --warmup (minutes left out of the trend, default 2).
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isRunning, sleep } from '../faults/app-process';
import { seedCohort } from '../faults/cohort-seed';
import { Fleet } from '../faults/fleet';
import { type Answer, Browser, json } from '../faults/http-client';
import { repoRoot } from '../shared/repo-root';
import { formatSoakTable, percentile, rssTrend, type SoakMinute } from './soak-report';
import { firstOf, itemAt } from '../shared/items';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    rate: { type: 'string', default: '40' },
    connections: { type: 'string', default: '4' },
    warmup: { type: 'string', default: '2' },
  },
});
const minutes = Number(args.minutes);
const rate = Number(args.rate);
const connections = Number(args.connections);
const warmup = Number(args.warmup);

const EMAIL = 'soak-manager@test.kohorte.dev';
const PASSWORD = 'correct horse battery staple';

/** Resident memory of a process in MB (VmRSS), or NaN when it is gone. */
function rssMb(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** PostgreSQL is a postmaster and a process per connection: their RSS summed (shared pages counted in each). */
function treeRssMb(pid: number): number {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    // No children file: count the postmaster alone.
  }
  return [pid, ...children].reduce((sum, child) => sum + (rssMb(child) || 0), 0);
}

/** One request of the mix a manager's day makes: mostly reading lists, some edits. */
function nextRequest(manager: Browser, created: string[]): Promise<Answer> {
  const pick = Math.random();
  const page = 1 + Math.floor(Math.random() * 20);
  if (pick < 0.4) return manager.send('GET', `/api/v1/startups?pageSize=25&page=${page}`);
  if (pick < 0.6) return manager.send('GET', '/api/v1/dashboard');
  if (pick < 0.75) return manager.send('GET', `/api/v1/mentors?pageSize=25&page=${(page % 3) + 1}`);
  if (pick < 0.85 || created.length === 0) {
    return manager
      .send('POST', '/api/v1/startups', { body: { name: `Soak ${Date.now()} ${Math.random()}` } })
      .then((answer) => {
        if (answer.status === 201) created.push((JSON.parse(answer.body) as { id: string }).id);
        return answer;
      });
  }
  if (pick < 0.99) {
    const id = created[Math.floor(Math.random() * created.length)];
    return manager.send('PATCH', `/api/v1/startups/${id}`, {
      body: { city: Math.random() < 0.5 ? 'Leipzig' : 'Halle (Saale)' },
    });
  }
  return manager.send('GET', '/api/v1/exports/startups.csv');
}

async function main(): Promise<void> {
  const fleet = new Fleet({ root: repoRoot(), apis: 2, workers: 2 });
  const stop = () => fleet.stop().finally(() => process.exit(130));
  process.once('SIGINT', () => void stop());
  console.log('Starting two APIs and two workers on a private PostgreSQL and Redis…');
  await fleet.start();
  try {
    fleet.createUser(EMAIL, PASSWORD, 'manager');
    for (let i = 0; i < 3; i++) await seedCohort(fleet.db, 60, 30);
    await fleet.db.query(
      `INSERT INTO startups (name, city, stage) SELECT 'Soak seed ' || i, 'Leipzig', 'seed'
       FROM generate_series(1, 2000) AS i`,
    );
    const manager = new Browser(fleet.replicas);
    json(await manager.signIn(EMAIL, PASSWORD), 200);

    const processes = ['api-1', 'api-2', 'worker-1', 'worker-2', 'redis', 'postgres'];
    const pids = (): Record<string, number | undefined> => ({
      'api-1': firstOf(fleet.apis).child.pid,
      'api-2': itemAt(fleet.apis, 1).child.pid,
      'worker-1': firstOf(fleet.workers).child.pid,
      'worker-2': itemAt(fleet.workers, 1).child.pid,
      redis: fleet.redis.pid,
    });
    console.log(
      `Soak: ${minutes} min at ~${rate} req/s over ${connections} connections, warm-up ${warmup} min\n`,
    );
    const created: string[] = [];
    const statuses = new Map<string, number>();
    const results: SoakMinute[] = [];
    let current: SoakMinute = { minute: 1, requests: 0, errors: 0, latenciesMs: [], rssMb: {} };
    const endAt = Date.now() + minutes * 60_000;
    const intervalMs = (1000 * connections) / rate;

    const loops = Array.from({ length: connections }, async () => {
      while (Date.now() < endAt) {
        const started = performance.now();
        const answer = await nextRequest(manager, created).catch((error: Error) => error);
        const key = 'status' in answer ? String(answer.status) : answer.message;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        current.requests += 1;
        if (!('status' in answer) || answer.status >= 300) current.errors += 1;
        else current.latenciesMs.push(answer.ms);
        await sleep(Math.max(0, intervalMs - (performance.now() - started)));
      }
    });
    const sampler = (async () => {
      for (let minute = 1; minute <= minutes; minute++) {
        await sleep(Math.max(0, endAt - (minutes - minute) * 60_000 - Date.now()));
        if (minute === 1) {
          for (const app of [...fleet.apis, ...fleet.workers]) app.child.kill('SIGUSR2');
        }
        const ids = pids();
        current.rssMb = Object.fromEntries(processes.map((p) => [p, rssMb(ids[p])]));
        current.rssMb.postgres = treeRssMb(fleet.postgres.pid);
        results.push(current);
        const [header, row] = formatSoakTable([current], processes).split('\n');
        if (minute === 1) console.log(header);
        console.log(row);
        current = { minute: minute + 1, requests: 0, errors: 0, latenciesMs: [], rssMb: {} };
      }
    })();
    await Promise.all([...loops, sampler]);

    const total = results.reduce((sum, m) => sum + m.requests, 0);
    const errors = results.reduce((sum, m) => sum + m.errors, 0);
    const alive = [...fleet.apis, ...fleet.workers].filter(isRunning).length;
    console.log(`\n${formatSoakTable(results, processes)}\n`);
    console.log(
      `Requests: ${total}, errors: ${errors}; by status: ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    const all = results.flatMap((m) => m.latenciesMs).sort((a, b) => a - b);
    console.log(
      `Latency over the whole soak: p50 ${percentile(all, 0.5).toFixed(1)} ms, p99 ${percentile(all, 0.99).toFixed(1)} ms`,
    );
    console.log(
      `RSS after warm-up:\n${rssTrend(results, processes, warmup, ['redis', 'postgres'])}`,
    );
    console.log(`SIGUSR2 at minute 1: ${alive} of 4 API and worker processes still running`);
    process.exitCode = errors === 0 && alive === 4 ? 0 : 1;
  } finally {
    await fleet.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
