import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { Client } from 'pg';
import { baseUrl, launchBrowser } from '../test/browser';
import { byTestId, signedInPage, waitForLoadedValue } from '../test/ui';
import { linkFromMailbox } from '../test/mailbox-links';

const MENTOR = 'olga@offer-mentor.test';
const FOUNDER = 'otto@offer-founder.test';

/**
 * Its own running cohort (distinct names from the matching spec's, so neither sees the other's
 * offers): one active startup with a founder and one pool mentor whose expertise fits it.
 */
async function seedOfferCohort(): Promise<{ cohortId: string; startupId: string }> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const {
      rows: [cohort],
    } = await client.query<{ id: string }>(
      `WITH p AS (INSERT INTO programmes (name, description)
         VALUES ('Offer Demo', 'A cohort whose mentors answer by email') RETURNING id)
       INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
       SELECT id, 'Offer Demo 2027', '2026-01-01', '2030-12-31', 'running' FROM p RETURNING id`,
    );
    const {
      rows: [startup],
    } = await client.query<{ id: string }>(
      `INSERT INTO startups (name, one_liner, topics, sectors, stage, languages, city)
       VALUES ('Lindenauer Lastenrad', 'Cargo bikes for the district', '{pricing,fundraising}',
               '{fintech}', 'seed', '{de,en}', 'Leipzig') RETURNING id`,
    );
    await client.query(
      `INSERT INTO cohort_startups (cohort_id, startup_id, status) VALUES ($1, $2, 'active')`,
      [cohort.id, startup.id],
    );
    await client.query(
      `INSERT INTO startup_contacts (startup_id, full_name, email, is_founder)
       VALUES ($1, 'Otto Gründer', $2, true)`,
      [startup.id, FOUNDER],
    );
    await client.query(
      `WITH m AS (INSERT INTO mentors (full_name, email, expertise, sectors, languages, city, capacity)
         VALUES ('Olga Offerta', $1, '{pricing,fundraising}', '{fintech}', '{de,en}', 'Leipzig', 2)
         RETURNING id)
       INSERT INTO cohort_mentors (cohort_id, mentor_id) SELECT $2, id FROM m`,
      [MENTOR, cohort.id],
    );
    return { cohortId: cohort.id, startupId: startup.id };
  } finally {
    await client.end();
  }
}

describe('manager, mentor and founder: an offer accepted and a profile updated by email links', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the manager offers, the mentor accepts, the founder updates, the manager sees both', async () => {
    const { cohortId, startupId } = await seedOfferCohort();
    const manager = await signedInPage(browser, 'manager');
    const admin = await signedInPage(browser, 'admin');
    // The mentor and the founder: fresh browsers, nobody signed in.
    const mentor = await browser.newContext({ locale: 'en-GB' });
    const founder = await browser.newContext({ locale: 'en-GB' });
    try {
      // The manager runs matching on the cohort and approves its one proposal.
      const page = manager.page;
      await page.goto(`${baseUrl()}/cohorts/${cohortId}`);
      await byTestId(page, 'match-mentors').click();
      await byTestId(page, 'matching-start').click();
      await page.waitForURL(/\/cohorts\/[0-9a-f-]{36}\/matching\/[0-9a-f-]{36}$/, {
        timeout: 60_000,
      });
      const runUrl = page.url();
      await page.locator('[data-testid="matching-run-status"][data-status="done"]').waitFor();
      const proposal = page.locator(`[data-testid="proposal"][data-startup-id="${startupId}"]`);
      await expect(proposal.count()).resolves.toBe(1);
      const mentorId = await proposal.getAttribute('data-partner-id');
      const sendOffers = byTestId(page, 'send-offers');
      await expect(sendOffers.isDisabled()).resolves.toBe(true);
      await byTestId(page, 'approve-all').click();
      await page.locator('[data-testid="proposal"][data-status="approved"]').waitFor();

      // "Send offers": it asks first, with the count and the mentor's email as she will read it.
      await page.locator('[data-testid="send-offers"]:not([disabled])').click();
      const summary = byTestId(page, 'send-offers-summary');
      await summary.waitFor();
      await expect(summary.textContent()).resolves.toContain('1 offer(s) in 1 email(s)');
      await expect(byTestId(page, 'send-offers-example').textContent()).resolves.toContain(
        'Lindenauer Lastenrad',
      );
      await byTestId(page, 'send-offers-confirm').click();
      await page.getByText('1 offer sent').first().waitFor();
      await page.locator('[data-testid="proposal"][data-status="offered"]').waitFor();
      await expect(sendOffers.isDisabled()).resolves.toBe(true);

      // The manager watches the cohort page: the offer is open there.
      await page.goto(`${baseUrl()}/cohorts/${cohortId}`);
      await page.locator('[data-testid="cohort-offer"][data-status="offered"]').waitFor();

      // The admin takes the mentor's link from the mailbox; the mentor opens it and accepts.
      const offerLink = await linkFromMailbox(admin.page, MENTOR, '/respond/offer/');
      expect(offerLink.startsWith(`${baseUrl()}/respond/offer/`)).toBe(true);
      const mentorPage = await mentor.newPage();
      await mentorPage.goto(offerLink);
      await byTestId(mentorPage, 'offer-page').waitFor();
      await expect(byTestId(mentorPage, 'offer-page').textContent()).resolves.toContain(
        'Lindenauer Lastenrad',
      );
      await byTestId(mentorPage, 'offer-accept').click();
      await mentorPage.locator('[data-testid="offer-answered"][data-status="accepted"]').waitFor();

      // Without reloading, the cohort page shows the answer (it asks again every 10 s while an
      // offer is open) and the mentor on the startup's card.
      await page
        .locator('[data-testid="cohort-offer"][data-status="accepted"]')
        .waitFor({ timeout: 25_000 });
      await page
        .locator(
          `[data-testid="board-card"][data-startup-id="${startupId}"] [data-testid="card-mentor"]`,
        )
        .waitFor();

      // The proposals page says "accepted" too.
      await page.goto(runUrl);
      const accepted = page.locator(
        `[data-testid="proposal"][data-partner-id="${mentorId}"][data-status="accepted"]`,
      );
      await accepted.waitFor();
      await expect(accepted.textContent()).resolves.toContain('accepted');

      // The founder part: the manager asks for a profile update, the founder follows the link.
      await page.goto(`${baseUrl()}/startups/${startupId}`);
      await byTestId(page, 'request-profile-update').click();
      await page
        .getByText(/Profile links sent to 1/)
        .first()
        .waitFor();
      const profileLink = await linkFromMailbox(admin.page, FOUNDER, '/respond/profile/');
      expect(profileLink.startsWith(`${baseUrl()}/respond/profile/`)).toBe(true);
      const founderPage = await founder.newPage();
      await founderPage.goto(profileLink);
      await byTestId(founderPage, 'profile-form').waitFor();
      await waitForLoadedValue(founderPage, 'profile-name');
      await byTestId(founderPage, 'profile-oneLiner').fill(
        'Cargo bikes shared by the whole street',
      );
      await byTestId(founderPage, 'profile-save').click();
      await byTestId(founderPage, 'profile-saved').waitFor();

      // The manager sees the change on the startup's timeline, marked as the founder's.
      await page.goto(`${baseUrl()}/startups/${startupId}`);
      const entry = page
        .locator('[data-testid="timeline-entry"][data-kind="updated"]')
        .filter({ hasText: 'Founder (via link)' });
      await entry.first().waitFor();
      await expect(entry.first().textContent()).resolves.toContain(
        'Cargo bikes for the district → Cargo bikes shared by the whole street',
      );
    } finally {
      await founder.close();
      await mentor.close();
      await admin.close();
      await manager.close();
    }
  });
});
