// EXPLAIN ANALYZE of the startup list query on 100,000 synthetic startups, in a scratch database
// that is dropped afterwards. Run after `npx tsc -p tsconfig.build.json` in packages/server:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node scripts/explain-startup-list.mjs [--plans]
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { createTestDatabase, dropTestDatabase } = require('../dist/infra/testing/index.js');
const { buildStartupListSql } = require('../dist/domains/startups/startup-list-query.js');
const { ListCounts } = require('../dist/infra/list-pages/list-counts.js');

const ROWS = 100_000;
const showPlans = process.argv.includes('--plans');
// --keep: leave the scratch database for experiments with psql (its name is printed).
const keep = process.argv.includes('--keep');
// --reuse=NAME: run the cases on a database kept earlier, as it is now (e.g. with an index tried by hand).
const reuse = process.argv.find((arg) => arg.startsWith('--reuse='))?.slice('--reuse='.length);
// Descriptions are 30 words drawn from COMMON; each RARE word is in ~100 one-liners.
const BASE_WORDS = `robot solar platform data cloud health farm energy battery drone software market
  customer insurance payment logistics tracking sensor vision learning students teachers clinic
  patients doctors hospital building housing rental energy grid carbon recycling water food
  vertical delivery bike car fleet charging hydrogen wind heat pump chemistry materials textile
  fashion retail shop marketplace b2b saas api security privacy identity bank lending crypto`
  .split(/\s+/)
  .filter(Boolean);
// 8 variants of each base word (robot, robotics, roboter…): ~450 words, each in ~7% of descriptions.
const COMMON = BASE_WORDS.flatMap((word) =>
  ['', 's', 'ing', 'er', 'ics', 'ify', 'ness', 'ward'].map((suffix) => word + suffix),
);
const RARE = Array.from(
  { length: 1000 },
  (_, i) => `zq${i.toString(36)}x${(i * 7919).toString(36)}`,
);
const CITIES = [
  'Leipzig',
  'Halle',
  'Dresden',
  'Berlin',
  'Jena',
  'Chemnitz',
  'Erfurt',
  'Magdeburg',
  'Potsdam',
  'Hamburg',
];
const SECTORS = [
  'fintech',
  'healthtech',
  'medtech',
  'biotech',
  'cleantech-energy',
  'mobility',
  'logistics',
  'proptech',
  'edtech',
  'agritech-food',
  'industry-4-0',
  'software-saas',
  'ecommerce-retail',
  'media-creative',
  'govtech',
  'social-impact',
  'deeptech',
  'gaming',
];
const STAGES = ['idea', 'pre-seed', 'seed', 'series-a', 'growth'];

async function seed(client) {
  const pick = (array, salt) =>
    `$${array}::text[])[1 + abs(hashint4(g * 7919 + ${salt})) % cardinality($${array}::text[])]`;
  await client.query(
    `INSERT INTO startups (name, one_liner, description, city, stage, sectors, founded_on, team_size,
       status, archived_at, revision, scored_revision, profile_completeness, created_at, updated_at)
     SELECT
       initcap((${pick(1, 1)}) || ' ' || initcap((${pick(1, 2)}) || ' ' || g,
       'We bring ' || (${pick(2, 3)} || ' to ' || (${pick(1, 4)},
       array_to_string(ARRAY(SELECT ($1::text[])[1 + abs(hashint4(g * 31 + k)) % cardinality($1::text[])] FROM generate_series(1, 30) k), ' '),
       CASE WHEN g % 20 = 0 THEN NULL ELSE (${pick(3, 5)} END,
       CASE WHEN g % 10 = 0 THEN NULL ELSE (${pick(5, 6)} END,
       ARRAY[(${pick(4, 7)}, (${pick(4, 8)}],
       DATE '2015-01-01' + abs(hashint4(g + 9)) % 3650,
       1 + abs(hashint4(g + 10)) % 50,
       CASE WHEN g % 20 = 0 THEN 'archived' ELSE 'active' END,
       CASE WHEN g % 20 = 0 THEN now() END,
       1, 1, 50,
       now() - make_interval(mins => abs(hashint4(g + 11)) % 1500000),
       now() - make_interval(mins => abs(hashint4(g + 12)) % 150000)
     FROM generate_series(1, ${ROWS}) g`,
    [COMMON, RARE, CITIES, SECTORS, STAGES],
  );
  await client.query('VACUUM ANALYZE startups');
}

const CASES = [
  ['(a) default list (active, name asc, page 1)', {}],
  ['(a2) default list, page 400', { page: 400 }],
  ['(a3) sort updatedAt desc', { sort: 'updatedAt', order: 'desc' }],
  ['(a4) sort createdAt desc', { sort: 'createdAt', order: 'desc' }],
  ['(a5) sort foundedOn asc', { sort: 'foundedOn' }],
  ['(a6) sort stage asc', { sort: 'stage' }],
  ['(a7) sort city asc', { sort: 'city' }],
  ['(b) search, common word "robotics" (~7%)', { q: 'robotics' }],
  ['(b1) search, word in 40% "robot"', { q: 'Robot' }],
  ['(b2) search, rare word', { q: RARE[42] }],
  ['(b3) search, two words', { q: 'robotics solar' }],
  ['(b4) search, partial name "atfor"', { q: 'atfor' }],
  ['(c) search rare word + sort createdAt desc', { q: RARE[42], sort: 'createdAt', order: 'desc' }],
  [
    '(c2) search common word + sort updatedAt desc',
    { q: 'robotics', sort: 'updatedAt', order: 'desc' },
  ],
  ['(c3) search rare word + sort name', { q: RARE[42], sort: 'name' }],
  ['(d) filter sector', { sector: 'fintech' }],
  ['(d2) filter city', { city: 'leipzig' }],
  [
    '(d3) filter stage + sector + sort createdAt desc',
    { stage: 'seed', sector: 'govtech', sort: 'createdAt', order: 'desc' },
  ],
  ['(d4) filter archived', { status: 'archived' }],
  ['(d5) filter city + sort foundedOn desc', { city: 'Leipzig', sort: 'foundedOn', order: 'desc' }],
  ['(e) sort foundedOn desc', { sort: 'foundedOn', order: 'desc' }],
  ['(e2) sort name desc, page 40', { sort: 'name', order: 'desc', page: 40 }],
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const database = reuse
    ? { name: reuse, url: Object.assign(server, { pathname: `/${reuse}` }).toString() }
    : await createTestDatabase('kohorte_explain');
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const started = Date.now();
    if (!reuse) await seed(client);
    const {
      rows: [{ version }],
    } = await client.query('SELECT version()');
    const {
      rows: [{ count }],
    } = await client.query('SELECT count(*)::int AS count FROM startups');
    console.log(`${count} startups (seeded in ${Date.now() - started} ms); ${version}`);
    console.log(
      'case | total | EXPLAIN ANALYZE execution ms | wall ms | wall ms without parallel workers (medians of 5)',
    );
    for (const [label, query] of CASES) {
      // With the capped count, as a request whose filter was not counted in the last seconds.
      const { sql, params } = buildStartupListSql(query, new ListCounts().countSql('matches'));
      const executions = [];
      const walls = [];
      let plan = '';
      let total = 0;
      for (let i = 0; i < 5; i++) {
        const explained = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
        plan = explained.rows.map((r) => r['QUERY PLAN']).join('\n');
        executions.push(Number(/Execution Time: ([\d.]+)/.exec(plan)[1]));
        const t0 = process.hrtime.bigint();
        total = (await client.query(sql, params)).rows[0].total;
        walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      // Launching parallel workers costs 100+ ms on some machines (containers): shown apart.
      const serial = [];
      await client.query('SET max_parallel_workers_per_gather = 0');
      for (let i = 0; i < 5; i++) {
        const t0 = process.hrtime.bigint();
        await client.query(sql, params);
        serial.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      await client.query('RESET max_parallel_workers_per_gather');
      const figures = [executions, walls, serial].map((values) => median(values).toFixed(2));
      console.log(`${label} | ${total} | ${figures.join(' | ')}`);
      if (showPlans) console.log(`${plan}\n`);
    }
  } finally {
    await client.end();
    if (keep || reuse) console.log(`kept database ${database.name}`);
    else await dropTestDatabase(database.name);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
