import type { ChildProcess } from 'node:child_process';
import { hashPassword } from '@kohorte/server';
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
