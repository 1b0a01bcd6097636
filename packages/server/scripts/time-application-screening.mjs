// Times the screening list of a call with 2,000 submitted applications against 100,000 startups
// (each with a website and a founder email) in a scratch database that is dropped afterwards:
// a page of 50 and its duplicate lookup (website host, founder email), and all 2,000 (the CSV
// export's read). Run after `npx tsc -p tsconfig.build.json` in packages/server:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node scripts/time-application-screening.mjs
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { DataSource } = require('typeorm');
const { createTestDatabase, dropTestDatabase } = require('../dist/infra/testing/index.js');
const { dataSourceOptions } = require('../dist/infra/database/data-source-options.js');
const {
  applicationPage,
  duplicatesOf,
} = require('../dist/domains/applications/application-rows.js');

const STARTUPS = 100_000;
const APPLICATIONS = 2_000;
const RUNS = 5;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const database = await createTestDatabase('kohorte_screening');
const dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 2 }));
await dataSource.initialize();
try {
  await dataSource.query(
    `INSERT INTO startups (name, website) SELECT 'Startup ' || g, 'https://www.s' || g || '.example/about'
     FROM generate_series(1, $1) g`,
    [STARTUPS],
  );
  await dataSource.query(
    `INSERT INTO startup_contacts (startup_id, full_name, email)
     SELECT id, 'Founder', 'f' || row_number() OVER () || '@s.example' FROM startups`,
  );
  const [{ id: cohortId }] = await dataSource.query(
    `WITH p AS (INSERT INTO programmes (name) VALUES ('Timing') RETURNING id)
     INSERT INTO cohorts (programme_id, name, starts_on, ends_on)
     SELECT id, 'Timing', '2027-01-01', '2027-06-30' FROM p RETURNING id`,
  );
  const [{ id: callId }] = await dataSource.query(
    `INSERT INTO calls (cohort_id, opens_at, closes_at, title, intro, confirmation, consent, retention_days)
     VALUES ($1, now(), now() + interval '1 day', '{}', '{}', '{}', '{}', 30) RETURNING id`,
    [cohortId],
  );
  // Every tenth application shares its host with a startup, every tenth other its founder's email.
  await dataSource.query(
    `INSERT INTO applications (call_id, email, locale, status, submitted_at, profile)
     SELECT $1, CASE WHEN g % 10 = 5 THEN 'f' || (g * 37) || '@s.example' ELSE 'a' || g || '@a.example' END,
       'de', 'submitted', now() - make_interval(secs => g),
       jsonb_build_object('name', 'Applicant ' || g, 'website',
         CASE WHEN g % 10 = 0 THEN 'https://s' || (g * 41) || '.example' ELSE 'https://a' || g || '.example' END)
     FROM generate_series(1, $2) g`,
    [callId, APPLICATIONS],
  );
  await dataSource.query('ANALYZE');
  const times = { page: [], pageDuplicates: [], all: [], allDuplicates: [] };
  let flagged = 0;
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    const page = await applicationPage(dataSource.manager, callId, {}, 50, 0);
    times.page.push(performance.now() - start);
    start = performance.now();
    const found = await duplicatesOf(dataSource.manager, page.rows);
    times.pageDuplicates.push(performance.now() - start);
    flagged = [...found.values()].filter((list) => list.length > 0).length;
    start = performance.now();
    const all = await applicationPage(dataSource.manager, callId, {}, APPLICATIONS, 0);
    times.all.push(performance.now() - start);
    start = performance.now();
    await duplicatesOf(dataSource.manager, all.rows);
    times.allDuplicates.push(performance.now() - start);
  }
  console.log(
    `${STARTUPS} startups, ${APPLICATIONS} applications, median of ${RUNS} runs:\n` +
      `  page of 50: ${median(times.page).toFixed(1)} ms, its duplicates: ` +
      `${median(times.pageDuplicates).toFixed(1)} ms (${flagged} of 50 flagged)\n` +
      `  all ${APPLICATIONS}: ${median(times.all).toFixed(1)} ms, their duplicates: ` +
      `${median(times.allDuplicates).toFixed(1)} ms`,
  );
} finally {
  await dataSource.destroy();
  await dropTestDatabase(database.name);
}
