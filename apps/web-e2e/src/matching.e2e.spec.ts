import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from '../test/browser';
import { byTestId, signedInPage } from '../test/ui';

/** Every proposal on the page as `partnerId → status`, per startup. */
async function statuses(page: Page): Promise<Record<string, string>> {
  const proposals = byTestId(page, 'proposal');
  const result: Record<string, string> = {};
  for (const proposal of await proposals.all()) {
    const key = `${await proposal.getAttribute('data-startup-id')}/${await proposal.getAttribute('data-partner-id')}`;
    result[key] = (await proposal.getAttribute('data-status')) ?? '';
  }
  return result;
}

// The cohort "Matching Demo 2027" (4 active startups, 4 pool mentors with 10 places) is seeded
// by test/global-setup.ts.
describe('a programme manager matches mentors in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('starts a run, watches it, reads the reasons, swaps a mentor and approves the rest', async () => {
    const { page, close } = await signedInPage(browser, 'manager');

    await page.goto(`${baseUrl()}/programmes`);
    await byTestId(page, 'programme-row').filter({ hasText: 'Matching Demo' }).click();
    await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
    await byTestId(page, 'cohort-row').filter({ hasText: 'Matching Demo 2027' }).click();
    await page.waitForURL(/\/cohorts\/[0-9a-f-]{36}$/);

    // The dialog: the parameters, then the run's progress until it is done.
    await byTestId(page, 'match-mentors').click();
    await expect(byTestId(page, 'matching-k').inputValue()).resolves.toBe('2');
    await byTestId(page, 'matching-start').click();
    // A finished run opens its proposals by itself. The progress shows while the run works; a
    // run the warm engine finishes before the first poll goes straight to its proposals.
    const runPage = /\/cohorts\/[0-9a-f-]{36}\/matching\/[0-9a-f-]{36}$/;
    const progressShown = byTestId(page, 'matching-progress')
      .waitFor({ timeout: 60_000 })
      .catch(() => undefined);
    await Promise.race([progressShown, page.waitForURL(runPage, { timeout: 60_000 })]);
    await page.waitForURL(runPage, { timeout: 60_000 });
    const runUrl = page.url();
    await page.locator('[data-testid="matching-run-status"][data-status="done"]').waitFor();
    await byTestId(page, 'matching-stats').waitFor();
    // Spreading the load is on by default, and the page says what it did.
    await expect(byTestId(page, 'matching-spread').textContent()).resolves.toMatch(
      /\d+ of 4 \(without spreading the load: \d+\)/,
    );

    // 4 startups × 2 mentors, each with its score and the reasons behind it.
    const proposals = byTestId(page, 'proposal');
    await proposals.first().waitFor();
    await expect(proposals.count()).resolves.toBe(8);
    await expect(byTestId(page, 'startup-proposals').count()).resolves.toBe(4);
    const cashflow = byTestId(page, 'startup-proposals').filter({
      hasText: 'Connewitzer Cashflow',
    });
    await expect(byTestId(cashflow, 'proposal-parts').first().textContent()).resolves.toMatch(
      /shares \d of 3 topics/,
    );
    await expect(cashflow.textContent()).resolves.toContain('Paula Preis');

    // Swap one mentor for the next best candidate the menu offers.
    const replaced = byTestId(cashflow, 'proposal').last();
    const replacedPartner = await replaced.getAttribute('data-partner-id');
    await byTestId(replaced, 'proposal-swap').click();
    const option = byTestId(page, 'swap-option').first();
    await option.waitFor();
    await expect(option.textContent()).resolves.toMatch(/·\s*\d/);
    const newPartner = await option.getAttribute('data-partner-id');
    expect(newPartner).not.toBe(replacedPartner);
    await option.click();
    const startupId = await cashflow.getAttribute('data-startup-id');
    await page
      .locator(
        `[data-testid="proposal"][data-startup-id="${startupId}"][data-partner-id="${newPartner}"][data-status="proposed"]`,
      )
      .waitFor();
    await page
      .locator(
        `[data-testid="proposal"][data-startup-id="${startupId}"][data-partner-id="${replacedPartner}"][data-status="withdrawn"]`,
      )
      .waitFor();

    // Approve the rest: every open proposal is approved, the swapped-out one stays withdrawn.
    await byTestId(page, 'approve-all').click();
    await page.locator('[data-testid="proposal"][data-status="proposed"]').first().waitFor({
      state: 'detached',
    });
    const decided = await statuses(page);
    const key = `${startupId}/${replacedPartner}`;
    expect(decided[key]).toBe('withdrawn');
    const others = Object.entries(decided).filter(([pair]) => pair !== key);
    expect(others).toHaveLength(8);
    expect(others.every(([, status]) => status === 'approved')).toBe(true);

    // A reload shows the same: the decisions were stored.
    await page.goto(runUrl);
    await byTestId(page, 'proposal').first().waitFor();
    await expect(statuses(page)).resolves.toEqual(decided);
    await close();
  });
});
