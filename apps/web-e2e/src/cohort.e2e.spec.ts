import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser } from '../test/browser';
import { byTestId, expectDialogClosed, fillDate, signedInPage } from '../test/ui';

describe('a programme manager runs a cohort in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('creates a cohort, adds startups and mentors, moves a startup to active and notes it', async () => {
    const { page, close } = await signedInPage(browser, 'manager');

    await page.goto(`${baseUrl()}/programmes`);
    await byTestId(page, 'programme-row').filter({ hasText: 'Leipzig Accelerator' }).click();
    await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);

    await byTestId(page, 'cohort-new').click();
    await byTestId(page, 'cohort-name').fill('Winter 2027');
    await fillDate(page, 'cohort-startsOn', '15.1.2027');
    await fillDate(page, 'cohort-endsOn', '15.7.2027');
    await byTestId(page, 'cohort-save').click();
    await expectDialogClosed(page, 'cohort-form');
    await byTestId(page, 'cohort-row').filter({ hasText: 'Winter 2027' }).click();
    await page.waitForURL(/\/cohorts\/[0-9a-f-]{36}$/);
    const cohortUrl = page.url();

    // Two startups join as applicants.
    await byTestId(page, 'cohort-add-startups').click();
    for (const name of ['Auensee', 'Plagwitzer']) {
      await byTestId(page, 'add-startups-search').fill(name);
      await byTestId(page, 'add-startups-option').filter({ hasText: name }).click();
    }
    await byTestId(page, 'add-startups-confirm').click();
    const applied = byTestId(page, 'board-column-applied');
    await byTestId(applied, 'board-card').filter({ hasText: 'Auensee Analytics' }).waitFor();
    await byTestId(applied, 'board-card').filter({ hasText: 'Plagwitzer Pflanzenlabor' }).waitFor();

    // A mentor joins the pool.
    await byTestId(page, 'cohort-add-mentors').click();
    await byTestId(page, 'add-mentors-search').fill('Marta');
    await byTestId(page, 'add-mentors-option').filter({ hasText: 'Marta Mentorin' }).click();
    await byTestId(page, 'add-mentors-confirm').click();
    await byTestId(page, 'pool-mentor').filter({ hasText: 'Marta Mentorin' }).waitFor();

    // One click moves a startup to "active" (the accessible alternative to dragging).
    const card = byTestId(applied, 'board-card').filter({ hasText: 'Auensee Analytics' });
    await byTestId(card, 'card-move-menu').click();
    await byTestId(page, 'move-to-active').click();
    const active = byTestId(page, 'board-column-active');
    await byTestId(active, 'board-card').filter({ hasText: 'Auensee Analytics' }).waitFor();
    await expect(
      byTestId(applied, 'board-card').filter({ hasText: 'Auensee Analytics' }).count(),
    ).resolves.toBe(0);

    // The move is on the cohort's timeline; a note written there appears on it too.
    const timeline = byTestId(page, 'timeline');
    await byTestId(timeline, 'timeline-entry')
      .filter({ hasText: 'Auensee Analytics' })
      .filter({ hasText: /active/i })
      .first()
      .waitFor();
    await byTestId(page, 'note-input').fill('Kick-off went well; Auensee needs pricing help.');
    await byTestId(page, 'note-save').click();
    await byTestId(timeline, 'timeline-entry').filter({ hasText: 'Kick-off went well' }).waitFor();

    // After a reload everything is still there (it was stored, not just shown).
    await page.goto(cohortUrl);
    await byTestId(byTestId(page, 'board-column-active'), 'board-card')
      .filter({ hasText: 'Auensee Analytics' })
      .waitFor();
    await byTestId(byTestId(page, 'timeline'), 'timeline-entry')
      .filter({ hasText: 'Kick-off went well' })
      .waitFor();
    await close();
  });
});
