import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import { baseUrl, launchBrowser } from '../test/browser';
import { linkFromMailbox } from '../test/mailbox-links';
import { byTestId, signedInPage } from '../test/ui';

const PERSON = 'paula.privat@privacy.test';
const FOUNDER = 'wilma.widerruf@privacy.test';
const STARTUP = 'Widerruf Wärmepumpen';
const INVESTOR = 'Konsens Kapital';

async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A mentor with a note on their timeline: the person who asks for their data, then erasure. */
async function seedPerson(): Promise<string> {
  return withClient(async (client) => {
    const {
      rows: [mentor],
    } = await client.query<{ id: string }>(
      `INSERT INTO mentors (full_name, email, phone, bio, capacity)
       VALUES ('Paula Privat', $1, '+49 341 9876543', 'Energy law', 2) RETURNING id`,
      [PERSON],
    );
    await client.query(
      `INSERT INTO activities (subject_type, subject_id, kind, body)
       VALUES ('mentor', $1, 'note', 'Paula asked what we keep about her')`,
      [mentor.id],
    );
    return mentor.id;
  });
}

/** A running cohort with one startup (one founder) and an investor that fits it. */
async function seedIntroCohort(): Promise<{
  cohortId: string;
  startupId: string;
  investorId: string;
}> {
  return withClient(async (client) => {
    const {
      rows: [cohort],
    } = await client.query<{ id: string }>(
      `WITH p AS (INSERT INTO programmes (name, description)
         VALUES ('Consent Demo', 'Introductions only with consent') RETURNING id)
       INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
       SELECT id, 'Consent Demo 2027', '2026-01-01', '2030-12-31', 'running' FROM p RETURNING id`,
    );
    const {
      rows: [startup],
    } = await client.query<{ id: string }>(
      `INSERT INTO startups (name, one_liner, sectors, stage, languages, city, team_size,
         funding_sought_eur)
       VALUES ($1, 'Heat pumps for old buildings', '{fintech}', 'seed', '{de,en}', 'Leipzig', 4,
         300000) RETURNING id`,
      [STARTUP],
    );
    await client.query(
      `INSERT INTO cohort_startups (cohort_id, startup_id, status) VALUES ($1, $2, 'active')`,
      [cohort.id, startup.id],
    );
    await client.query(
      `INSERT INTO startup_contacts (startup_id, full_name, email, is_founder)
       VALUES ($1, 'Wilma Widerruf', $2, true)`,
      [startup.id, FOUNDER],
    );
    const {
      rows: [investor],
    } = await client.query<{ id: string }>(
      `INSERT INTO investors (name, contact_name, email, type, sectors, stages, ticket_min_eur,
         ticket_max_eur, regions)
       VALUES ($1, 'Kurt Konsens', 'kurt@konsens.test', 'vc', '{fintech}', '{seed}', 100000,
         1000000, '{Leipzig}') RETURNING id`,
      [INVESTOR],
    );
    return { cohortId: cohort.id, startupId: startup.id, investorId: investor.id };
  });
}

/** With SCREENSHOT_DIR set, the page at a desktop and a phone width, for a person to look at. */
async function screenshots(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  // The console scrolls inside its shell, so a tall viewport shows the whole page as well.
  for (const [width, height, suffix] of [
    [1366, 768, '1366'],
    [390, 844, '390'],
    [1366, 2400, '1366-tall'],
    [390, 3600, '390-tall'],
  ] as const) {
    await page.setViewportSize({ width, height });
    // Only for the pictures: the shell's side navigation slides when the width crosses its breakpoint.
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(dir, `${name}-${suffix}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe('privacy: an access request and an erasure by an admin, a consent withdrawn by a founder', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the admin finds the person by email, downloads the access report, then erases them', async () => {
    const mentorId = await seedPerson();
    const admin = await signedInPage(browser, 'admin');
    try {
      const page = admin.page;
      await page.goto(`${baseUrl()}/privacy`);
      await byTestId(page, 'privacy-email').fill(PERSON.toUpperCase());
      await byTestId(page, 'privacy-search').click();
      await page.locator('[data-testid="privacy-records"] li[data-kind="mentor"]').waitFor();

      // The worker builds the report; the page follows its progress.
      await byTestId(page, 'privacy-report').click();
      await page
        .locator('[data-testid="privacy-report-status"][data-status="done"]')
        .waitFor({ timeout: 30_000 });
      await screenshots(page, 'privacy-report');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        byTestId(page, 'privacy-download-html').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^access-report-\d{4}-\d{2}-\d{2}\.html$/);
      const report = await readFile((await download.path())!, 'utf8');
      expect(report).toContain('Paula Privat');
      expect(report).toContain('Paula asked what we keep about her');
      expect(report).toContain('+49 341 9876543');

      await byTestId(page, 'privacy-erase').click();
      await byTestId(page, 'confirm').click();
      await byTestId(page, 'privacy-erased').waitFor();
      await screenshots(page, 'privacy-erased');

      const left = await withClient((client) =>
        client.query(`SELECT 1 FROM mentors WHERE id = $1 OR email = $2`, [mentorId, PERSON]),
      );
      expect(left.rowCount).toBe(0);
      await byTestId(page, 'privacy-email').fill(PERSON);
      await byTestId(page, 'privacy-search').click();
      await byTestId(page, 'privacy-none').waitFor();
    } finally {
      await admin.close();
    }
  });

  it('a founder withdraws consent on their link page, and no introduction can be started', async () => {
    const { cohortId, startupId, investorId } = await seedIntroCohort();
    const manager = await signedInPage(browser, 'manager');
    const admin = await signedInPage(browser, 'admin');
    const founder = await browser.newContext({ locale: 'en-GB' });
    try {
      await manager.page.goto(`${baseUrl()}/startups/${startupId}`);
      await byTestId(manager.page, 'request-profile-update').click();
      const link = await linkFromMailbox(admin.page, FOUNDER, '/respond/profile/');

      const page = await founder.newPage();
      await page.goto(link);
      await byTestId(page, 'consent-panel').waitFor();
      await screenshots(page, 'founder-consent');
      await byTestId(page, 'consent-withdraw').click();
      await page.locator('[data-testid="consent-status"][data-status="withdrawn"]').waitFor();
      await screenshots(page, 'founder-consent-withdrawn');

      // The manager runs investor matching and tries to start this startup's introduction.
      const staff = manager.page;
      await staff.goto(`${baseUrl()}/cohorts/${cohortId}`);
      await byTestId(staff, 'match-investors').click();
      await byTestId(staff, 'matching-start').click();
      await staff.waitForURL(/\/cohorts\/[0-9a-f-]{36}\/matching\/[0-9a-f-]{36}$/, {
        timeout: 60_000,
      });
      await staff.locator('[data-testid="matching-run-status"][data-status="done"]').waitFor();
      const pair = `[data-testid="proposal"][data-startup-id="${startupId}"][data-partner-id="${investorId}"]`;
      await byTestId(staff.locator(pair), 'proposal-approve').click();
      const refusal = staff.locator('mat-snack-bar-container');
      await refusal.waitFor();
      await expect(refusal.textContent()).resolves.toContain(
        `The founders of ${STARTUP} withdrew their consent to investor introductions`,
      );
      await expect(staff.locator(pair).getAttribute('data-status')).resolves.toBe('proposed');
      const asked = await withClient((client) =>
        client.query(
          `SELECT 1 FROM match_proposals WHERE startup_id = $1 AND status <> 'proposed'`,
          [startupId],
        ),
      );
      expect(asked.rowCount).toBe(0);
    } finally {
      await founder.close();
      await admin.close();
      await manager.close();
    }
  });

  it('the admin sees in the audit log who opened a mentor, and can narrow it to that record', async () => {
    const mentorId = await withClient(async (client) => {
      const {
        rows: [mentor],
      } = await client.query<{ id: string }>(
        `INSERT INTO mentors (full_name, email, capacity) VALUES ('Arne Audit', 'arne.audit@privacy.test', 1) RETURNING id`,
      );
      return mentor.id;
    });
    const manager = await signedInPage(browser, 'manager');
    const admin = await signedInPage(browser, 'admin');
    try {
      await manager.page.goto(`${baseUrl()}/mentors/${mentorId}`);
      await manager.page.getByText('Arne Audit').first().waitFor();

      const page = admin.page;
      await page.goto(`${baseUrl()}/privacy`);
      await byTestId(page, 'audit-record').fill(mentorId);
      await byTestId(page, 'audit-search').click();
      const row = page.locator('[data-testid="audit-table"] tr[data-action="read"]');
      await row.first().waitFor();
      expect(await row.count()).toBe(1);
      expect(await row.first().textContent()).toContain(mentorId);
      expect(await byTestId(page, 'audit-csv').getAttribute('href')).toContain(
        `recordId=${mentorId}`,
      );
      await byTestId(page, 'audit-table').scrollIntoViewIfNeeded();
      await screenshots(page, 'privacy-audit');
    } finally {
      await manager.close();
      await admin.close();
    }
  });
});
