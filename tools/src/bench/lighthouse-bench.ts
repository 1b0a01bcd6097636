/**
 * `npm run bench:lighthouse`: Lighthouse's performance score of the signed-in web app, served the
 * way `npm start` and production serve it — the built web app (apps/web/dist/browser) from the
 * API — on a database of its own with the demo data. Prints each run and the median per page.
 *
 * Options: --runs N (default 3), --page /path (repeatable; default /startups and /dashboard),
 * --form-factor mobile|desktop (default mobile), --web-dist DIR, --chromium PATH (default
 * CHROMIUM_PATH or /usr/bin/chromium), --save DIR (writes each run's full Lighthouse JSON there).
 * PostgreSQL: DATABASE_URL's server (default the local one); Redis: REDIS_URL (default local).
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import { DEMO_USERS } from '../demo/demo-users';
import { repoRoot } from '../shared/repo-root';
import { seedDemoIfEmpty } from '../start/demo-step';
import { benchServerUrl, createBenchDatabase, dropBenchDatabase } from './bench-database';
import { auditPage, type PageMeasurement, summarise } from './lighthouse-audit';
import { startServerProcess } from './server-process';
import { signIn } from './sign-in';
import { firstOf, itemAt } from '../shared/items';

const API_SCRIPT = join(__dirname, 'api-server.js');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    page: { type: 'string', multiple: true, default: ['/startups', '/dashboard'] },
    'web-dist': { type: 'string', default: join(repoRoot(), 'apps', 'web', 'dist', 'browser') },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
    'form-factor': { type: 'string', default: 'mobile' },
    save: { type: 'string' },
  },
});

const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function line(label: string, m: PageMeasurement): string {
  return [
    label.padEnd(8),
    `score ${String(m.score).padStart(3)}`,
    `FCP ${s(m.firstContentfulPaintMs)}`,
    `LCP ${s(m.largestContentfulPaintMs)}`,
    `TBT ${Math.round(m.totalBlockingTimeMs)} ms`,
    `CLS ${m.cumulativeLayoutShift.toFixed(3)}`,
    `SI ${s(m.speedIndexMs)}`,
    `${m.requests} requests ${kB(m.transferBytes)}`,
    `JS ${m.scriptRequests} requests ${kB(m.scriptTransferBytes)}`,
    `CPU index ${m.benchmarkIndex}`,
  ].join('  ');
}

/** The run with the median score (the one Lighthouse's docs recommend to report). */
function medianRun(runs: PageMeasurement[]): PageMeasurement {
  const sorted = [...runs].sort((a, b) => a.score - b.score);
  return itemAt(sorted, Math.floor(sorted.length / 2));
}

async function main(): Promise<void> {
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be ≥ 1, got ${args.runs}`);
  const formFactor = args['form-factor'];
  if (formFactor !== 'mobile' && formFactor !== 'desktop') {
    throw new Error(`--form-factor must be mobile or desktop, got ${formFactor}`);
  }
  if (args.save) mkdirSync(args.save, { recursive: true });
  if (!existsSync(join(args['web-dist'], 'index.html'))) {
    throw new Error(
      `${args['web-dist']} has no index.html: run npx turbo run build --filter=@kohorte/web`,
    );
  }
  const serverUrl = benchServerUrl();
  const database = await createBenchDatabase(serverUrl);
  const chrome = await launch({
    chromePath: args.chromium,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    await seedDemoIfEmpty(database.url);
    const api = await startServerProcess(API_SCRIPT, {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      REDIS_PREFIX: `kohorte-bench-${process.pid}`,
      WEB_DIST: args['web-dist'],
    });
    try {
      const { email, password } = DEMO_USERS.manager;
      const cookie = await signIn(api.baseUrl, email, password);
      console.log(
        `Lighthouse ${formFactor}, signed in as ${email}, ${runs} run(s) per page, ` +
          `web build ${args['web-dist']}, PostgreSQL ${database.serverVersion}, ` +
          `load average ${firstOf(loadavg()).toFixed(1)} on ${cpus().length} cores ` +
          '(a busy machine lengthens every CPU task, and so TBT and LCP)',
      );
      for (const page of args.page) {
        console.log(`\n${page}`);
        const measured: PageMeasurement[] = [];
        for (let run = 1; run <= runs; run += 1) {
          const lhr = await auditPage(`${api.baseUrl}${page}`, chrome.port, cookie, formFactor);
          if (args.save) {
            const file = `${formFactor}${page.replaceAll('/', '-')}-${run}.json`;
            writeFileSync(join(args.save, file), JSON.stringify(lhr));
          }
          measured.push(summarise(lhr));
          console.log(line(`run ${run}`, measured.at(-1)!));
        }
        const median = medianRun(measured);
        console.log(line('median', median));
        for (const audit of median.blamed.slice(0, 6)) {
          console.log(`          ${audit.title}: ~${audit.savingsMs} ms`);
        }
      }
    } finally {
      await api.stop();
    }
  } finally {
    chrome.kill();
    await dropBenchDatabase(serverUrl, database.name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
