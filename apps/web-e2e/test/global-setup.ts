import type { ChildProcess } from 'node:child_process';
import { hashPassword } from '@kohorte/server/auth';
import { setupTestEnvironment } from '@kohorte/server/testing';
import { Client } from 'pg';
import { freePort, startProcess, waitForHealth, webDist } from './app-processes';
import { E2E_USERS } from './users';

declare global {
  var kohorteE2eProcesses: ChildProcess[] | undefined;
}

/**
 * A fresh database with the staff accounts the tests sign in with, and the built API (serving the
 * built web app) and worker running as separate processes, as in production.
 */
export default async function globalSetup(): Promise<void> {
  await setupTestEnvironment();

  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    for (const user of Object.values(E2E_USERS)) {
      await client.query(
        'INSERT INTO users (email, name, password_hash, role, locale) VALUES ($1, $2, $3, $4, $5)',
        [user.email, user.name, await hashPassword(user.password), user.role, 'en'],
      );
    }
    // Records that exist before any test, so that tests don't depend on each other.
    await client.query(
      "INSERT INTO startups (name, one_liner, city, stage) VALUES ('Auensee Analytics', 'Open data for Leipzig''s districts', 'Leipzig', 'pre-seed'), ('Plagwitzer Pflanzenlabor', 'Urban vertical farming', 'Leipzig', 'seed')",
    );
    await client.query(
      "INSERT INTO mentors (full_name, email, city, capacity, expertise) VALUES ('Marta Mentorin', 'marta@mentor.test', 'Leipzig', 3, '{pricing}'), ('Jonas Berater', 'jonas@mentor.test', 'Halle (Saale)', 2, '{fundraising}')",
    );
    await client.query(
      "INSERT INTO investors (name, email, type, ticket_min_eur, ticket_max_eur) VALUES ('Mitteldeutscher Seedfonds', 'seed@fonds.test', 'vc', 100000, 1000000)",
    );
    await client.query(
      "INSERT INTO programmes (name, description) VALUES ('Leipzig Accelerator', 'Six months for seed-stage teams')",
    );
    await seedMatchingCohort(client);
  } finally {
    await client.end();
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    NODE_ENV: 'production',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    WEB_DIST: webDist,
  };
  globalThis.kohorteE2eProcesses = [startProcess('api', env), startProcess('worker', env)];
  await waitForHealth(baseUrl);
  process.env.KOHORTE_E2E_BASE_URL = baseUrl;
}

/**
 * A running cohort for the matching spec: four active startups with needed topics, sectors and
 * languages, and four pool mentors with expertise and 10 places for the 8 the run needs (k = 2),
 * so every startup gets two mentors and a swap has somewhere to go.
 */
async function seedMatchingCohort(client: Client): Promise<void> {
  const {
    rows: [cohort],
  } = await client.query<{ id: string }>(
    `WITH p AS (INSERT INTO programmes (name, description)
       VALUES ('Matching Demo', 'A cohort to match') RETURNING id)
     INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
     SELECT id, 'Matching Demo 2027', '2026-01-01', '2030-12-31', 'running' FROM p RETURNING id`,
  );
  const startups = [
    ['Connewitzer Cashflow', '{pricing,b2b-sales,fundraising}', '{fintech}', 'seed'],
    ['Gohliser Gesundheit', '{hiring,product,legal}', '{healthtech}', 'pre-seed'],
    ['Reudnitzer Rechnungen', '{pricing,finance}', '{fintech}', 'seed'],
    ['Stötteritzer Software', '{product,b2b-sales,hiring}', '{software-saas}', 'seed'],
  ];
  for (const [name, topics, sectors, stage] of startups) {
    await client.query(
      `WITH s AS (INSERT INTO startups (name, topics, sectors, stage, languages, city)
         VALUES ($1, $2, $3, $4, '{de,en}', 'Leipzig') RETURNING id)
       INSERT INTO cohort_startups (cohort_id, startup_id, status) SELECT $5, id, 'active' FROM s`,
      [name, topics, sectors, stage, cohort.id],
    );
  }
  const mentors = [
    ['Paula Preis', 'paula@mentor.test', '{pricing,finance,fundraising}', '{fintech}', 3],
    ['Hanna Hiring', 'hanna@mentor.test', '{hiring,leadership,legal}', '{healthtech}', 3],
    ['Bruno Vertrieb', 'bruno@mentor.test', '{b2b-sales,pricing}', '{software-saas}', 2],
    ['Petra Produkt', 'petra@mentor.test', '{product,ux,hiring}', '{software-saas}', 2],
  ];
  for (const [name, email, expertise, sectors, capacity] of mentors) {
    await client.query(
      `WITH m AS (INSERT INTO mentors (full_name, email, expertise, sectors, languages, city, capacity)
         VALUES ($1, $2, $3, $4, '{de,en}', 'Leipzig', $5) RETURNING id)
       INSERT INTO cohort_mentors (cohort_id, mentor_id) SELECT $6, id FROM m`,
      [name, email, expertise, sectors, capacity, cohort.id],
    );
  }
}
