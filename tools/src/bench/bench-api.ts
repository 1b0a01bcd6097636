/**
 * `npm run bench:api`: the API's startup list and search against a bare node:http + pg server
 * serving the same page with the best-practice SQL, on a database of its own with 100,000 startups,
 * then the dashboard and the toolbar search alone. Each server runs alone, in a child process;
 * autocannon runs here. Options: --rows, --connections, --warmup, --duration
 * (seconds), --rounds (per endpoint, the servers take turns this often; the medians are reported),
 * --q and --rare-q (the search words), --profile (CPU profile of the API, summarised).
 */
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { generateStartups } from '../demo/demo-startups';
import { repoRoot } from '../shared/repo-root';
import {
  benchServerUrl,
  createBenchDatabase,
  createBenchUser,
  dropBenchDatabase,
  insertStartups,
  lastRowBefore,
  loadVocabulary,
  waitUntilIdle,
} from './bench-database';
import { type Measurement, runLoad } from './load';
import { printProfileComparison } from './print-profile';
import { firstOf } from '../shared/items';
import { formatTable, medianOf, TARGET_P99_RATIO, TARGET_THROUGHPUT_RATIO } from './report';
import { startServerProcess } from './server-process';
import { signIn } from './sign-in';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    q: { type: 'string', default: 'plattform' },
    'rare-q': { type: 'string', default: 'kohlewerk' },
    profile: { type: 'boolean', default: false },
  },
});

const rows = Number(args.rows);
const connections = Number(args.connections);
const warmupSeconds = Number(args.warmup);
const seconds = Number(args.duration);
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds must be ≥ 1, got ${args.rounds}`);

const log = (message: string) => console.log(`[bench] ${message}`);
const API_SCRIPT = join(__dirname, 'api-server.js');
const BARE_SCRIPT = join(__dirname, 'bare-server.js');

/** One row of the table: what the API is asked, and what the bare server is asked for the same page. */
interface Endpoint {
  name: string;
  apiPath: string;
  barePath: string;
}

const LIST_PATH = '/api/v1/startups';
const PAGE_SIZE = 25;
const DEEP_PAGE = 3000;

function search(label: string, q: string): Endpoint {
  const path = `${LIST_PATH}?q=${encodeURIComponent(q)}`;
  return { name: `search q=${q} (${label})`, apiPath: path, barePath: path };
}

/**
 * The endpoints, the deep page included: the API reaches page 3,000 by the cursor its page 2,999
 * hands out (as the web app's "next" does) and by `page=3000` (a deep link, OFFSET); the bare
 * server by its keyset position, the sort key and id of page 2,999's last row.
 */
async function endpoints(apiUrl: string, cookie: string, databaseUrl: string): Promise<Endpoint[]> {
  const before = await fetch(`${apiUrl}${LIST_PATH}?page=${DEEP_PAGE - 1}`, {
    headers: { cookie },
  });
  if (!before.ok) throw new Error(`page ${DEEP_PAGE - 1} answered ${before.status}`);
  const { nextCursor } = (await before.json()) as { nextCursor: string | null };
  if (nextCursor === null) throw new Error(`the list has no page ${DEEP_PAGE}: use more --rows`);
  const last = await lastRowBefore(databaseUrl, (DEEP_PAGE - 1) * PAGE_SIZE);
  const after = Buffer.from(JSON.stringify([last.key, last.id])).toString('base64url');
  const deepBare = `${LIST_PATH}?after=${after}`;
  return [
    { name: 'list (page 1 of 25, by name)', apiPath: LIST_PATH, barePath: LIST_PATH },
    search('common', args.q),
    search('rare', args['rare-q']),
    {
      name: `page ${DEEP_PAGE.toLocaleString('en')} (API: cursor)`,
      apiPath: `${LIST_PATH}?cursor=${nextCursor}`,
      barePath: deepBare,
    },
    {
      name: `page ${DEEP_PAGE.toLocaleString('en')} (API: page=${DEEP_PAGE})`,
      apiPath: `${LIST_PATH}?page=${DEEP_PAGE}`,
      barePath: deepBare,
    },
  ];
}

// The target: a deep page answers as fast as page 1, give or take a fifth.
const DEEP_PAGE_TOLERANCE = 0.2;

/** The API's deep pages against its page 1 (the first row), in throughput and p99. */
function deepPageLines(rows: readonly { name: string; api: Measurement }[]): string[] {
  const [first, ...rest] = rows;
  if (!first) return [];
  return rest
    .filter(({ name }) => name.startsWith(`page ${DEEP_PAGE.toLocaleString('en')}`))
    .map(({ name, api }) => {
      const throughput = api.requestsPerSecond / first.api.requestsPerSecond;
      const p99 = api.p99Ms / first.api.p99Ms;
      const met = Math.abs(throughput - 1) <= DEEP_PAGE_TOLERANCE;
      return (
        `API ${name} against page 1: ${throughput.toFixed(2)}× the throughput, ${p99.toFixed(2)}× the p99 ` +
        `(target ${1 - DEEP_PAGE_TOLERANCE}–${1 + DEEP_PAGE_TOLERANCE}×: ${met ? 'met' : 'MISSED'})`
      );
    });
}

function childEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    // Benchmark keys of their own, so a dev server on the same Redis is not disturbed.
    REDIS_PREFIX: `kohorte-bench-${process.pid}`,
    WEB_DIST: '',
    // As compose and Kubernetes run it (infra/): one JSON line per request, not the dev format.
    LOG_FORMAT: 'json',
  };
}

/** Signs in and finds the paths of the endpoints (the deep page's cursor comes from the API). */
async function signInAndFindEndpoints(
  databaseUrl: string,
  user: { email: string; password: string },
): Promise<{ cookie: string; endpoints: Endpoint[] }> {
  const api = await startServerProcess(API_SCRIPT, childEnv(databaseUrl));
  try {
    const cookie = await signIn(api.baseUrl, user.email, user.password);
    return { cookie, endpoints: await endpoints(api.baseUrl, cookie, databaseUrl) };
  } finally {
    await api.stop();
  }
}

/** The ids of a first answer, to check that both servers serve the same page. */
function pageIds(body: unknown): string[] {
  return (body as { items: { id: string }[] }).items.map((item) => item.id);
}

/**
 * One server, started for this endpoint alone: the first answer (kept to compare), a warm-up, then
 * the measured run with the server's CPU time over it.
 */
async function measure(
  label: 'API' | 'bare',
  endpoint: Endpoint,
  path: string,
  start: () => ReturnType<typeof startServerProcess>,
  cookie: string,
  databaseUrl: string,
  profilePath?: string,
): Promise<{ result: Measurement; body: unknown }> {
  // Statements a server left running (a slow endpoint's) finish before the next one is measured.
  await waitUntilIdle(databaseUrl);
  const server = await start();
  try {
    const url = `${server.baseUrl}${path}`;
    const res = await fetch(url, { headers: { cookie } });
    if (!res.ok) throw new Error(`${label} ${path} answered ${res.status}: ${await res.text()}`);
    const body: unknown = await res.json();
    await runLoad({ url, cookie, connections, seconds: warmupSeconds });
    if (profilePath) await server.startProfile();
    const cpuBefore = await server.cpuMicros();
    const load = await runLoad({ url, cookie, connections, seconds });
    // runLoad's last request (the drain) is counted too.
    const cpuMs = ((await server.cpuMicros()) - cpuBefore) / 1000;
    if (profilePath) await server.stopProfile(profilePath);
    const result = { ...load, serverCpuMsPerRequest: cpuMs / (load.requests + 1) };
    log(
      `${label.padEnd(4)} ${endpoint.name}: ${result.requestsPerSecond.toFixed(0)} req/s, ` +
        `p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ` +
        `${result.serverCpuMsPerRequest.toFixed(2)} ms server CPU per request, ${result.failures} failures`,
    );
    return { result, body };
  } finally {
    await server.stop();
  }
}

// The dashboard (eight figures from kept aggregates) and the toolbar search (four record types)
// have no bare twin; the dashboard's targets are absolute, the search's row is for reference.
const DASHBOARD_TARGET_P99_MS = 50;
const DASHBOARD_TARGET_RPS = 200;

/** An API endpoint measured on its own, with one client (its p99) and the load's connections. */
interface SoloEndpoint {
  name: string;
  path: string;
}

/** Each endpoint alone: one client (its p99), then the load's connections (its throughput). */
async function measureSolo(
  databaseUrl: string,
  cookie: string,
  soloEndpoints: readonly SoloEndpoint[],
): Promise<void> {
  const rows: string[] = [];
  for (const endpoint of soloEndpoints) {
    for (const clients of [1, connections]) {
      await waitUntilIdle(databaseUrl);
      const server = await startServerProcess(API_SCRIPT, childEnv(databaseUrl));
      try {
        const url = `${server.baseUrl}${endpoint.path}`;
        const first = await fetch(url, { headers: { cookie } });
        if (!first.ok) throw new Error(`${endpoint.path} answered ${first.status}`);
        await runLoad({ url, cookie, connections: clients, seconds: warmupSeconds });
        const run = await runLoad({ url, cookie, connections: clients, seconds });
        rows.push(
          `| ${endpoint.name} | ${clients} | ${run.requestsPerSecond.toFixed(0)} | ${run.p50Ms} | ${run.p99Ms} | ${run.failures} |`,
        );
      } finally {
        await server.stop();
      }
    }
  }
  console.log(
    [
      `API alone (dashboard targets: p99 ≤ ${DASHBOARD_TARGET_P99_MS} ms with one client, ≥ ${DASHBOARD_TARGET_RPS} req/s with ${connections})`,
      '',
      '| endpoint | clients | req/s | p50 ms | p99 ms | failures |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const serverUrl = benchServerUrl();
  const cpuList = cpus();
  const machine = `${cpuList.length} × ${cpuList[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  log(`Machine: ${machine}`);
  const database = await createBenchDatabase(serverUrl);
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await dropBenchDatabase(serverUrl, database.name);
    log(`Dropped database ${database.name}`);
  };
  process.once('SIGINT', () => void drop().finally(() => process.exit(130)));

  try {
    log(`Database: ${database.name} on PostgreSQL ${database.serverVersion}; migrations applied`);
    const today = new Date();
    let started = Date.now();
    const startups = generateStartups(rows, await loadVocabulary(database.url), { today });
    const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
    log(
      `Generated ${rows.toLocaleString('en')} startups (demo generator, fixed seed) in ${elapsed()}`,
    );
    started = Date.now();
    await insertStartups(database.url, startups, today);
    log(`Inserted them, then VACUUM ANALYZE, in ${elapsed()}`);
    const user = await createBenchUser(database.url);

    const { cookie, endpoints } = await signInAndFindEndpoints(database.url, user);

    const profileDir = join(repoRoot(), '.data', 'bench-profiles', String(Date.now()));
    if (args.profile) mkdirSync(profileDir, { recursive: true });
    const profilePath = (label: string, index: number) =>
      args.profile ? join(profileDir, `${label}-${index}.cpuprofile`) : undefined;
    log(
      `Load: autocannon, ${connections} connections, ${warmupSeconds} s warm-up then ${seconds} s; ` +
        `per endpoint the API, then the bare server, each started for it alone, ${rounds} time(s)`,
    );
    const runs = [];
    for (const [index, endpoint] of endpoints.entries()) {
      // One round of one server; the profile of the first round is enough to see where time goes.
      const round = (label: 'API' | 'bare', first: boolean) =>
        measure(
          label,
          endpoint,
          label === 'API' ? endpoint.apiPath : endpoint.barePath,
          () =>
            startServerProcess(label === 'API' ? API_SCRIPT : BARE_SCRIPT, childEnv(database.url)),
          cookie,
          database.url,
          first ? profilePath(label === 'API' ? 'api' : 'bare', index) : undefined,
        );
      const apiRounds = [];
      const bareRounds = [];
      for (let turn = 1; turn <= rounds; turn += 1) {
        apiRounds.push(await round('API', turn === 1));
        bareRounds.push(await round('bare', turn === 1));
      }
      runs.push({
        endpoint,
        api: { result: medianOf(apiRounds.map((r) => r.result)), body: firstOf(apiRounds).body },
        bare: { result: medianOf(bareRounds.map((r) => r.result)), body: firstOf(bareRounds).body },
      });
    }

    const totals = runs.map(({ api }) => {
      const { total, totalExact } = api.body as { total: number; totalExact: boolean };
      return `${totalExact ? '' : 'more than '}${total.toLocaleString('en')}`;
    });
    const samePages = runs.every(({ api, bare }) =>
      isDeepStrictEqual(pageIds(api.body), pageIds(bare.body)),
    );
    console.log(
      [
        '',
        `Data: ${rows.toLocaleString('en')} startups (${totals[0]} active; ${totals[1]} match ` +
          `"${args.q}", ${totals[2]} "${args['rare-q']}"), PostgreSQL ${database.serverVersion} on this machine`,
        `Machine: ${machine}; servers, PostgreSQL and the load generator share the CPUs`,
        `Load: ${connections} connections, ${warmupSeconds} s warm-up, ${seconds} s measured per endpoint and server, ` +
          `${rounds} round(s) taken in turns, medians shown` +
          (args.profile ? '; both servers under the CPU profiler, which slows them' : ''),
        `Bare server: node:http + pg Pool(10), one statement per request (session and keyset page ` +
          `of 25 on an index, list columns, no count); same rows as the API on every endpoint: ` +
          (samePages ? 'yes' : 'NO'),
        `Targets: API ≥ ${TARGET_THROUGHPUT_RATIO}× bare throughput, API p99 ≤ ${TARGET_P99_RATIO}× bare p99`,
        '',
        formatTable(
          runs.map(({ endpoint, api, bare }) => ({
            endpoint: endpoint.name,
            api: api.result,
            bare: bare.result,
          })),
        ),
        '',
        ...deepPageLines(
          runs.map(({ endpoint, api }) => ({ name: endpoint.name, api: api.result })),
        ),
        '',
      ].join('\n'),
    );
    await measureSolo(database.url, cookie, [
      { name: 'dashboard', path: '/api/v1/dashboard' },
      {
        name: `toolbar search q=${args['rare-q']} (4 record types)`,
        path: `/api/v1/search?q=${encodeURIComponent(args['rare-q'])}`,
      },
    ]);
    runs.forEach(({ endpoint, api, bare }, index) => {
      const apiProfile = profilePath('api', index);
      const bareProfile = profilePath('bare', index);
      if (!apiProfile || !bareProfile) return;
      printProfileComparison(
        endpoint.name,
        { path: apiProfile, requests: api.result.requests },
        { path: bareProfile, requests: bare.result.requests },
      );
    });
  } finally {
    await drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
