import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hashToken, newToken } from '@kohorte/server/auth';
import type { Browser } from 'playwright-core';
import { Client } from 'pg';
import { baseUrl, launchBrowser } from '../test/browser';
import { byTestId, signedInPage } from '../test/ui';

const FOUNDER = 'Ines Immerdaten';
const COHORT = 'Eigene Daten 2027';

/** Where screenshots go when asked for (KOHORTE_SCREENSHOTS=<dir>); none otherwise. */
const SHOTS = process.env.KOHORTE_SCREENSHOTS;

/**
 * An open call with one submitted, eligible application (German) that has a submitted review,
 * and the applicant's link to it.
 */
async function seed(): Promise<string> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const one = async (sql: string, params: unknown[]) =>
      (await client.query<{ id: string }>(sql, params)).rows[0].id;
    const programme = await one(`SELECT id FROM programmes WHERE name = 'Leipzig Accelerator'`, []);
    const cohort = await one(
      `INSERT INTO cohorts (programme_id, name, status, starts_on, ends_on)
       VALUES ($1, $2, 'planning', current_date + 60, current_date + 240) RETURNING id`,
      [programme, COHORT],
    );
    const call = await one(
      `INSERT INTO calls (cohort_id, opens_at, closes_at, title, intro, confirmation, consent, retention_days)
       VALUES ($1, now() - interval '3 days', now() + interval '11 days',
         '{"de":"Bewerbung Eigene Daten","en":"Own data call"}', '{"de":"","en":""}',
         '{"de":"Danke.","en":"Thanks."}', '{"de":"Ja","en":"Yes"}', 180) RETURNING id`,
      [cohort],
    );
    const application = await one(
      `INSERT INTO applications (call_id, email, locale, status, founder_name, profile, eligibility,
         submitted_at, consent_version, consented_at)
       VALUES ($1, 'ines@applicant.test', 'de', 'submitted', $2, '{"name":"Immer Daten GmbH"}',
         'eligible', now() - interval '1 day', 1, now() - interval '1 day') RETURNING id`,
      [call, FOUNDER],
    );
    const reviewer = await one(
      `INSERT INTO call_reviewers (call_id, kind, name, email, locale, max_load)
       VALUES ($1, 'external', 'Rolf Richter', 'rolf@jury.test', 'de', 3) RETURNING id`,
      [call],
    );
    await client.query(
      `INSERT INTO reviews (call_id, application_id, reviewer_id, submitted_at) VALUES ($1, $2, $3, now())`,
      [call, application, reviewer],
    );
    const token = newToken();
    await client.query(
      `INSERT INTO link_tokens (token_hash, purpose, subject_type, subject_id, single_use, expires_at)
       VALUES ($1, 'application', 'application', $2, false, now() + interval '30 days')`,
      [hashToken(token), application],
    );
    return token;
  } finally {
    await client.end();
  }
}

describe('the applicant’s own data, and the call on the dashboard', () => {
  let browser: Browser;
  let token: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    token = await seed();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('requests the data through the link and downloads the report when it is ready', async () => {
    const context = await browser.newContext({
      locale: 'de-DE',
      acceptDownloads: true,
      viewport: { width: 390, height: 844 },
    });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/respond/application/${token}`);
      const panel = byTestId(page, 'applicant-data');
      await byTestId(panel, 'applicant-data-request').click();
      // The worker builds the report; the page follows it until the download is offered.
      await byTestId(panel, 'applicant-data-html').waitFor({ timeout: 60_000 });
      if (SHOTS) {
        await panel.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/applicant-data-390.png`, fullPage: true });
        await page.setViewportSize({ width: 1366, height: 768 });
        await page.screenshot({ path: `${SHOTS}/applicant-data-1366.png`, fullPage: true });
      }
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        byTestId(panel, 'applicant-data-html').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^access-report-\d{4}-\d{2}-\d{2}\.html$/);
      const html = await readFile(await download.path(), 'utf8');
      expect(html).toContain('<html lang="de">');
      expect(html).toContain(FOUNDER);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('shows the call’s funnel on the dashboard, linking to the call page', async () => {
    const { page, close } = await signedInPage(browser, 'manager');
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      const call = byTestId(page, 'dashboard-call').filter({ hasText: COHORT });
      await call.waitFor();
      await expect(byTestId(call, 'call-applied').textContent()).resolves.toBe('1');
      await expect(byTestId(call, 'call-reviewed').textContent()).resolves.toBe('1');
      await expect(byTestId(call, 'call-review-progress').textContent()).resolves.toContain(
        '1 of 1 submitted',
      );
      if (SHOTS) {
        await byTestId(page, 'dashboard-calls').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/dashboard-1366.png`, fullPage: true });
        await page.setViewportSize({ width: 390, height: 844 });
        await byTestId(page, 'dashboard-calls').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/dashboard-390.png`, fullPage: false });
      }
      await call.getByRole('link', { name: COHORT }).click();
      await page.waitForURL(/\/cohorts\/[^/]+\/call$/);
    } finally {
      await close();
    }
  }, 120_000);
});
