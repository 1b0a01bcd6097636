// EXPLAIN ANALYZE of the toolbar search's four statements on 100,000 rows per table (startups,
// their contacts, mentors, investors, cohorts) in a scratch database that is dropped afterwards.
// It shows whether each statement collects its matches through its trigram index. Run after
// `npx tsc -p tsconfig.build.json` in packages/server:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node scripts/explain-search.mjs [--plans]
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { createTestDatabase, dropTestDatabase } = require('../dist/infra/testing/index.js');
const {
  startupSearchSql,
  mentorSearchSql,
  investorSearchSql,
  cohortSearchSql,
} = require('../dist/domains/search/search-query.js');

const ROWS = 100_000;
const LIMIT = 5;
const showPlans = process.argv.includes('--plans');
// --keep: leave the scratch database for experiments with psql (its name is printed).
const keep = process.argv.includes('--keep');
// --reuse=NAME: run the cases on a database kept earlier, as it is now.
const reuse = process.argv.find((arg) => arg.startsWith('--reuse='))?.slice('--reuse='.length);

// Each WORD is in ~1/60 of the names; each RARE token in ~100 rows per table.
const WORDS = `solar robot data cloud health farm energy battery drone market insurance payment
  logistics sensor vision learning clinic housing carbon water food bike fleet hydrogen wind heat
  chemistry textile fashion retail shop security privacy identity bank lending quantum bio
  agrar medi auto pflege kultur bau holz glas stahl licht klang buch spiel reise garten tier
  wasser strom luft erde stein feuer`
  .split(/\s+/)
  .filter(Boolean);
const RARE = Array.from(
  { length: 1000 },
  (_, i) => `zq${i.toString(36)}x${(i * 7919).toString(36)}`,
);
const FIRST = ['Anna', 'Ben', 'Clara', 'David', 'Emma', 'Felix', 'Greta', 'Hannes', 'Ida', 'Jonas'];
const LAST = ['Schmidt', 'Müller', 'Weber', 'Fischer', 'Wagner', 'Becker', 'Hoffmann', 'Koch'];
const CITIES = ['Leipzig', 'Halle', 'Dresden', 'Jena', 'Chemnitz', 'Erfurt', 'Magdeburg', 'Berlin'];
const TAGS = ['EXIST', 'Impact', 'Hardware', 'Demo Day', 'Female Founders', 'B2B', 'Lead-Investor'];

// Our own constants, written into the statements as array literals.
const array = (values) =>
  `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`;
// A deterministic pick from a list for row g.
const pick = (values, salt) =>
  `(${array(values)})[1 + abs(hashint4(g * 7919 + ${salt})) % ${values.length}]`;
// Every 1000th row carries a rare token in its name: ~100 rows per token and table.
const rare = (salt) =>
  `CASE WHEN g % 1000 = ${salt} THEN ' ' || (${array(RARE)})[1 + (g / 1000) % ${RARE.length}] ELSE '' END`;
const tags = `ARRAY(SELECT (${array(TAGS)})[1 + abs(hashint4(g * 31 + k)) % ${TAGS.length}]
  FROM generate_series(1, abs(hashint4(g)) % 3) k)`;

async function seed(client) {
  await client.query(
    `INSERT INTO startups (name, city, tags, status, archived_at, revision)
     SELECT initcap(${pick(WORDS, 1)}) || ' ' || initcap(${pick(WORDS, 2)}) || ' ' || g || ${rare(1)},
       ${pick(CITIES, 3)}, ${tags},
       CASE WHEN g % 20 = 0 THEN 'archived' ELSE 'active' END, CASE WHEN g % 20 = 0 THEN now() END, 1
     FROM generate_series(1, ${ROWS}) g`,
  );
  // One contact per startup; `g` is the startup's number here, so the same picks work.
  await client.query(
    `INSERT INTO startup_contacts (startup_id, full_name, email, role)
     SELECT id, ${pick(FIRST, 4)} || ' ' || ${pick(LAST, 5)} || ${rare(2)},
       lower(${pick(FIRST, 4)} || '.' || ${pick(LAST, 5)}) || '.' || g || '@startup' || g || '.example', 'CEO'
     FROM (SELECT id, row_number() OVER (ORDER BY id)::int AS g FROM startups) s`,
  );
  await client.query(
    `INSERT INTO mentors (full_name, email, company, city, tags, capacity, status)
     SELECT ${pick(FIRST, 6)} || ' ' || ${pick(LAST, 7)} || ${rare(3)},
       'mentor' || g || '@mentors.example', initcap(${pick(WORDS, 8)}) || ' GmbH', ${pick(CITIES, 9)}, ${tags},
       2, 'active'
     FROM generate_series(1, ${ROWS}) g`,
  );
  await client.query(
    `INSERT INTO investors (name, contact_name, email, type, tags)
     SELECT initcap(${pick(WORDS, 10)}) || ' Ventures ' || g || ${rare(4)}, ${pick(FIRST, 11)} || ' ' || ${pick(LAST, 12)},
       'deals' || g || '@investors.example', 'vc', ${tags}
     FROM generate_series(1, ${ROWS}) g`,
  );
  await client.query(
    `INSERT INTO programmes (name) SELECT 'Programme ' || g FROM generate_series(1, 100) g`,
  );
  await client.query(
    `INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
     SELECT p.id, 'Batch ' || initcap(${pick(WORDS, 13)}) || ' ' || g || ${rare(5)}, DATE '2026-01-01', DATE '2026-06-30', 'running'
     FROM generate_series(1, ${ROWS}) g
     JOIN LATERAL (SELECT id FROM programmes ORDER BY name OFFSET g % 100 LIMIT 1) p ON true`,
  );
  await client.query('VACUUM ANALYZE');
}

const CASES = [
  ['common word (~1/60 of each table)', 'solar'],
  ['rare token (~100 rows)', RARE[42]],
  ['two words', 'solar leipzig'],
  ['email fragment', 'anna.schmidt'],
  ['name prefix', 'robo'],
  ['two characters (no trigram)', 'le'],
  ['nothing matches', 'kohlewerk'],
];
const TYPES = [
  ['startup', startupSearchSql, ['startups_finder_trgm_idx', 'startup_contacts_finder_trgm_idx']],
  ['mentor', mentorSearchSql, ['mentors_finder_trgm_idx']],
  ['investor', investorSearchSql, ['investors_finder_trgm_idx']],
  ['cohort', cohortSearchSql, ['cohorts_finder_trgm_idx']],
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
    const { rows: counts } = await client.query(
      `SELECT (SELECT count(*) FROM startups) s, (SELECT count(*) FROM startup_contacts) c,
              (SELECT count(*) FROM mentors) m, (SELECT count(*) FROM investors) i,
              (SELECT count(*) FROM cohorts) co`,
    );
    console.log(
      `startups ${counts[0].s}, contacts ${counts[0].c}, mentors ${counts[0].m}, investors ${counts[0].i}, cohorts ${counts[0].co} (seeded in ${Date.now() - started} ms); ${version}`,
    );
    console.log(
      'case | q | type | hits | trigram index used | EXPLAIN ANALYZE execution ms | wall ms (medians of 5)',
    );
    for (const [label, q] of CASES) {
      for (const [type, build, indexes] of TYPES) {
        const { sql, params } = build(q, LIMIT);
        const executions = [];
        const walls = [];
        let plan = '';
        let hits = 0;
        for (let i = 0; i < 5; i++) {
          const explained = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
          plan = explained.rows.map((r) => r['QUERY PLAN']).join('\n');
          executions.push(Number(/Execution Time: ([\d.]+)/.exec(plan)[1]));
          const t0 = process.hrtime.bigint();
          hits = (await client.query(sql, params)).rowCount;
          walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
        const used = indexes.map((index) => `${index}: ${plan.includes(index) ? 'yes' : 'NO'}`);
        console.log(
          `${label} | ${q} | ${type} | ${hits} | ${used.join(', ')} | ${median(executions).toFixed(2)} | ${median(walls).toFixed(2)}`,
        );
        if (showPlans) console.log(`${plan}\n`);
      }
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
