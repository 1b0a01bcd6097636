import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { Client } from 'pg';
import { violationsInBothLanguages } from '../test/axe';
import { baseUrl, launchBrowser } from '../test/browser';
import { linkFromMailbox } from '../test/mailbox-links';
import { byTestId, signedInPage } from '../test/ui';

const FOUNDER = 'frieda@intro-founder.test';
const INVESTOR = 'ines@intro-investor.test';
const STARTUP = 'Schleußiger Speicherwerk';
const INVESTOR_NAME = 'Auwald Invest';

/**
 * Its own running cohort (names no other spec uses): one active fintech seed startup with a
 * founder, and one VC whose sectors, stages, ticket and region fit it. Investor runs consider
 * every active investor, so the run may propose others too; the test approves only this pair.
 */
async function seedIntroCohort(): Promise<{
  cohortId: string;
  startupId: string;
  investorId: string;
}> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const {
      rows: [cohort],
    } = await client.query<{ id: string }>(
      `WITH p AS (INSERT INTO programmes (name, description)
         VALUES ('Intro Demo', 'A cohort whose startups meet investors') RETURNING id)
       INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
       SELECT id, 'Intro Demo 2027', '2026-01-01', '2030-12-31', 'running' FROM p RETURNING id`,
    );
    const {
      rows: [startup],
    } = await client.query<{ id: string }>(
      `INSERT INTO startups (name, one_liner, sectors, stage, languages, city, team_size,
         funding_sought_eur)
       VALUES ($1, 'Batteries for the allotment gardens', '{fintech}', 'seed', '{de,en}',
         'Schleußig', 5, 400000) RETURNING id`,
      [STARTUP],
    );
    await client.query(
      `INSERT INTO cohort_startups (cohort_id, startup_id, status) VALUES ($1, $2, 'active')`,
      [cohort.id, startup.id],
    );
    await client.query(
      `INSERT INTO startup_contacts (startup_id, full_name, email, is_founder)
       VALUES ($1, 'Frieda Gründerin', $2, true)`,
      [startup.id, FOUNDER],
    );
    const {
      rows: [investor],
    } = await client.query<{ id: string }>(
      `INSERT INTO investors (name, contact_name, email, type, sectors, stages, ticket_min_eur,
         ticket_max_eur, regions)
       VALUES ($1, 'Ines Auwald', $2, 'vc', '{fintech}', '{seed}', 100000, 1000000, '{Schleußig}')
       RETURNING id`,
      [INVESTOR_NAME, INVESTOR],
    );
    return { cohortId: cohort.id, startupId: startup.id, investorId: investor.id };
  } finally {
    await client.end();
  }
}

describe('manager, founder and investor: an introduction agreed and accepted by email links', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the manager asks, the founder agrees, the investor accepts and learns whom to meet', async () => {
    const { cohortId, startupId, investorId } = await seedIntroCohort();
    const manager = await signedInPage(browser, 'manager');
    const admin = await signedInPage(browser, 'admin');
    // The founder and the investor: fresh browsers, nobody signed in.
    const founder = await browser.newContext({ locale: 'en-GB' });
    const investor = await browser.newContext({ locale: 'en-GB' });
    try {
      // The manager runs investor matching and approves this startup's pair with this investor.
      const page = manager.page;
      await page.goto(`${baseUrl()}/cohorts/${cohortId}`);
      await byTestId(page, 'match-investors').click();
      await byTestId(page, 'matching-start').click();
      await page.waitForURL(/\/cohorts\/[0-9a-f-]{36}\/matching\/[0-9a-f-]{36}$/, {
        timeout: 60_000,
      });
      const runUrl = page.url();
      await page.locator('[data-testid="matching-run-status"][data-status="done"]').waitFor();
      const pair = `[data-testid="proposal"][data-startup-id="${startupId}"][data-partner-id="${investorId}"]`;
      await byTestId(page.locator(pair), 'proposal-approve').click();
      await page.locator(`${pair}[data-status="approved"]`).waitFor();

      // "Ask startups to agree (1)": the founders get a consent link; the investor nothing yet.
      const send = page.locator('[data-testid="send-offers"]:not([disabled])');
      await expect(send.textContent()).resolves.toContain('Ask startups to agree (1)');
      await send.click();
      await byTestId(page, 'send-offers-summary').waitFor();
      await byTestId(page, 'send-offers-confirm').click();
      await page.getByText('Founders asked to agree to 1 introduction').first().waitFor();
      await page.locator(`${pair}[data-status="startup-asked"]`).waitFor();

      const consentLink = await linkFromMailbox(admin.page, FOUNDER, '/respond/intro-consent/');
      expect(consentLink.startsWith(`${baseUrl()}/respond/intro-consent/`)).toBe(true);
      const founderPage = await founder.newPage();
      await founderPage.goto(consentLink);
      await byTestId(founderPage, 'consent-page').waitFor();
      await expect(byTestId(founderPage, 'consent-page').textContent()).resolves.toContain(
        INVESTOR_NAME,
      );
      await expect(violationsInBothLanguages(founderPage, 'consent-page')).resolves.toEqual([]);
      await byTestId(founderPage, 'consent-accept').click();
      await founderPage.locator('[data-testid="consent-answered"][data-status="agreed"]').waitFor();

      // The investor's teaser names no startup until they accept; then it shows whom to write to.
      const offerLink = await linkFromMailbox(admin.page, INVESTOR, '/respond/investor-offer/');
      expect(offerLink.startsWith(`${baseUrl()}/respond/investor-offer/`)).toBe(true);
      const investorPage = await investor.newPage();
      await investorPage.goto(offerLink);
      await byTestId(investorPage, 'investor-offer-page').waitFor();
      await expect(investorPage.locator('body').textContent()).resolves.not.toContain(STARTUP);
      await expect(violationsInBothLanguages(investorPage, 'investor-offer-page')).resolves.toEqual(
        [],
      );
      await byTestId(investorPage, 'investor-offer-accept').click();
      await investorPage
        .locator('[data-testid="investor-offer-answered"][data-status="accepted"]')
        .waitFor();
      await expect(
        byTestId(investorPage, 'investor-offer-answered').textContent(),
      ).resolves.toContain(STARTUP);
      await expect(
        byTestId(investorPage, 'investor-offer-founder').locator('a').getAttribute('href'),
      ).resolves.toBe(`mailto:${FOUNDER}`);
      await expect(
        violationsInBothLanguages(investorPage, 'investor-offer-answered'),
      ).resolves.toEqual([]);

      // The manager sees the pair accepted and the story on the startup's timeline.
      await page.goto(runUrl);
      await page.locator(`${pair}[data-status="accepted"]`).waitFor();
      await page.goto(`${baseUrl()}/startups/${startupId}`);
      const timeline = byTestId(page, 'timeline');
      await timeline
        .getByText(`Investor ${INVESTOR_NAME} accepted the introduction`)
        .first()
        .waitFor();
      await expect(timeline.textContent()).resolves.toContain(
        `Founders agreed to an introduction to investor ${INVESTOR_NAME}`,
      );
    } finally {
      await investor.close();
      await founder.close();
      await admin.close();
      await manager.close();
    }
  });
});
