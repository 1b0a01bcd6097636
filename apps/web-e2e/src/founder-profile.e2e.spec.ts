import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import { violationsInBothLanguages } from '../test/axe';
import { baseUrl, launchBrowser } from '../test/browser';
import { byTestId, signedInPage, waitForLoadedValue } from '../test/ui';

const FOUNDER = 'frieda@founder.test';

/** A startup with one founder, written straight into the e2e database. */
async function seedStartupWithFounder(): Promise<string> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const {
      rows: [startup],
    } = await client.query<{ id: string }>(
      `INSERT INTO startups (name, one_liner, city, stage)
       VALUES ('Connewitzer Kompost', 'Compost for the city', 'Leipzig', 'seed') RETURNING id`,
    );
    await client.query(
      `INSERT INTO startup_contacts (startup_id, full_name, email, is_founder)
       VALUES ($1, 'Frieda Gründerin', $2, true)`,
      [startup.id, FOUNDER],
    );
    return startup.id;
  } finally {
    await client.end();
  }
}

/**
 * The admin opens the founder's mail in the development mailbox (the e2e app runs without
 * SMTP_URL) once the worker has sent it, and takes its profile link.
 */
async function linkFromMailbox(page: Page): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.goto(`${baseUrl()}/mailbox`);
    const row = page.locator(`[data-testid="mailbox-row"][data-recipient="${FOUNDER}"]`);
    await row.first().waitFor();
    await byTestId(row.first(), 'mailbox-open').click();
    await byTestId(page, 'mailbox-status').waitFor();
    if ((await byTestId(page, 'mailbox-status').getAttribute('data-status')) === 'sent') break;
    if (Date.now() > deadline) throw new Error('the worker did not send the founder’s mail');
    await page.waitForTimeout(500);
  }
  const hrefs = await byTestId(page, 'mailbox-link').evaluateAll((links) =>
    links.map((link) => (link as HTMLAnchorElement).href),
  );
  const link = hrefs.find((href) => href.includes('/respond/profile/'));
  if (!link) throw new Error(`the mail has no profile link: ${hrefs.join(', ')}`);
  return link;
}

describe('a founder keeps the startup’s profile up to date through an email link', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('manager asks, the founder follows the link and saves, the manager sees it on the timeline', async () => {
    const startupId = await seedStartupWithFounder();
    const manager = await signedInPage(browser, 'manager');
    const admin = await signedInPage(browser, 'admin');
    const founder = await browser.newContext({ locale: 'en-GB' });
    try {
      await manager.page.goto(`${baseUrl()}/startups/${startupId}`);
      await byTestId(manager.page, 'request-profile-update').click();
      await manager.page
        .getByText(/Profile links sent to 1/)
        .first()
        .waitFor();

      const link = await linkFromMailbox(admin.page);
      expect(link.startsWith(`${baseUrl()}/respond/profile/`)).toBe(true);

      // The founder: a fresh browser, nobody signed in.
      const page = await founder.newPage();
      await page.goto(link);
      await byTestId(page, 'profile-form').waitFor();
      await waitForLoadedValue(page, 'profile-name');
      // The profile, the monthly figures and the consent to introductions: one page.
      await byTestId(page, 'figures-form').waitFor();
      await expect(violationsInBothLanguages(page, 'profile-form')).resolves.toEqual([]);
      await byTestId(page, 'profile-oneLiner').fill('Compost collected by cargo bike');
      await byTestId(page, 'profile-save').click();
      await byTestId(page, 'profile-saved').waitFor();

      await manager.page.goto(`${baseUrl()}/startups/${startupId}`);
      const entry = manager.page
        .locator('[data-testid="timeline-entry"][data-kind="updated"]')
        .filter({ hasText: 'Founder (via link)' });
      await entry.first().waitFor();
      await expect(entry.first().textContent()).resolves.toContain(
        'Compost for the city → Compost collected by cargo bike',
      );
    } finally {
      await founder.close();
      await admin.close();
      await manager.close();
    }
  });
});
