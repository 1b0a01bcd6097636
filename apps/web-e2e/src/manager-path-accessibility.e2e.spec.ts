import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import { seriousViolations, showLanguage } from '../test/axe';
import { baseUrl, launchBrowser } from '../test/browser';
import { byTestId, signedInPage } from '../test/ui';

interface PathRecords {
  programmeId: string;
  cohortId: string;
  mentorId: string;
}

/**
 * Its own running cohort on a manager's daily path: two active startups (one with a long German
 * name), two pool mentors, one of them already assigned, so the board shows a mentor chip.
 */
async function seedPath(): Promise<PathRecords> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const {
      rows: [cohort],
    } = await client.query<{ id: string; programme_id: string }>(
      `WITH p AS (INSERT INTO programmes (name, description)
         VALUES ('Axe Programm', 'A programme whose pages axe reads') RETURNING id)
       INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
       SELECT id, 'Axe Kohorte 2027', '2026-01-01', '2030-12-31', 'running' FROM p
       RETURNING id, programme_id`,
    );
    const startups: string[] = [];
    for (const name of ['Lützschenaer Datenlabor UG (haftungsbeschränkt)', 'Mockauer Mobil']) {
      const {
        rows: [startup],
      } = await client.query<{ id: string }>(
        `INSERT INTO startups (name, topics, sectors, stage, languages, city)
         VALUES ($1, '{pricing,hiring}', '{fintech}', 'seed', '{de,en}', 'Leipzig') RETURNING id`,
        [name],
      );
      await client.query(
        `INSERT INTO cohort_startups (cohort_id, startup_id, status) VALUES ($1, $2, 'active')`,
        [cohort.id, startup.id],
      );
      startups.push(startup.id);
    }
    const mentors: string[] = [];
    for (const [name, email] of [
      ['Agnes Axe', 'agnes@axe-mentor.test'],
      ['Bert Barrierefrei', 'bert@axe-mentor.test'],
    ]) {
      const {
        rows: [mentor],
      } = await client.query<{ id: string }>(
        `INSERT INTO mentors (full_name, email, expertise, sectors, languages, city, capacity)
         VALUES ($1, $2, '{pricing,hiring}', '{fintech}', '{de,en}', 'Leipzig', 3) RETURNING id`,
        [name, email],
      );
      await client.query(`INSERT INTO cohort_mentors (cohort_id, mentor_id) VALUES ($1, $2)`, [
        cohort.id,
        mentor.id,
      ]);
      mentors.push(mentor.id);
    }
    await client.query(
      `INSERT INTO mentorships (cohort_id, startup_id, mentor_id) VALUES ($1, $2, $3)`,
      [cohort.id, startups[0], mentors[0]],
    );
    return { programmeId: cohort.programme_id, cohortId: cohort.id, mentorId: mentors[0] };
  } finally {
    await client.end();
  }
}

describe("accessibility of a manager's day, in German and English (axe)", () => {
  let browser: Browser;
  let page: Page;
  let close: () => Promise<void>;
  let records: PathRecords;
  let runPath: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    records = await seedPath();
    ({ page, close } = await signedInPage(browser, 'manager'));
    await page.setViewportSize({ width: 1366, height: 768 });
    // A finished run with proposals, as the manager starts it from the cohort page.
    await page.goto(`${baseUrl()}/cohorts/${records.cohortId}`);
    await byTestId(page, 'match-mentors').click();
    await byTestId(page, 'matching-start').click();
    await page.waitForURL(/\/matching\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    runPath = new URL(page.url()).pathname;
  });
  afterAll(async () => {
    await close?.();
    await browser?.close();
  });

  /** Each page of the path and what shows once its data has loaded. */
  const pages = (): { path: string; ready: string }[] => [
    { path: '/dashboard', ready: 'dashboard-attention' },
    { path: `/programmes/${records.programmeId}`, ready: 'cohort-row' },
    { path: `/cohorts/${records.cohortId}`, ready: 'card-mentor' },
    { path: runPath, ready: 'proposal' },
    { path: '/mentors', ready: 'mentor-row' },
    { path: `/mentors/${records.mentorId}`, ready: 'mentor-load' },
    // Where a link that no longer works sends its reader.
    { path: '/respond/new-link', ready: 'request-link-email' },
  ];

  for (const lang of ['en', 'de'] as const) {
    it(`has no serious or critical violations on the path in ${lang}`, async () => {
      // With the menu, as a person does: signed in, the account keeps the choice for every page.
      await showLanguage(page, lang);
      const found: string[] = [];
      for (const { path, ready } of pages()) {
        await page.goto(`${baseUrl()}${path}`);
        await byTestId(page, ready).first().waitFor();
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
        found.push(...(await seriousViolations(page)).map((violation) => `${path}: ${violation}`));
      }
      expect(found).toEqual([]);
      // Seven pages, each loaded and scanned by axe: on a busy machine that takes more than the
      // one minute a single page's test gets.
    }, 240_000);
  }
});
