import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Client } from 'pg';
import { violationsInBothLanguages } from '../test/axe';
import { baseUrl, launchBrowser } from '../test/browser';
import { linkFromMailbox } from '../test/mailbox-links';
import { expectScreenshot } from '../test/screenshots';
import { byTestId, signIn, signedInPage } from '../test/ui';

const ACCEPTING = { name: 'Greta Zusage', email: 'greta@answer-mentor.test' };
const DECLINING = { name: 'Dirk Absage', email: 'dirk@answer-mentor.test' };

/**
 * Its own running cohort: two active startups, each fitting exactly one of two pool mentors with
 * one place each, so a run proposes the same two pairs every time (the screenshots rely on it).
 */
async function seedAnswerCohort(): Promise<string> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const {
      rows: [cohort],
    } = await client.query<{ id: string }>(
      `WITH p AS (INSERT INTO programmes (name, description)
         VALUES ('Antworten Demo', 'A cohort whose mentors answer') RETURNING id)
       INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
       SELECT id, 'Antworten Demo 2027', '2026-01-01', '2030-12-31', 'running' FROM p RETURNING id`,
    );
    const startups = [
      ['Schleußiger Solarkataster GmbH', '{pricing,fundraising}', '{fintech}', 'sina@answer.test'],
      ['Eutritzscher Editorenwerkstatt', '{product,hiring}', '{software-saas}', 'emil@answer.test'],
    ];
    for (const [name, topics, sectors, founder] of startups) {
      await client.query(
        `WITH s AS (INSERT INTO startups (name, topics, sectors, stage, languages, city)
           VALUES ($1, $2, $3, 'seed', '{de,en}', 'Leipzig') RETURNING id),
         c AS (INSERT INTO startup_contacts (startup_id, full_name, email, is_founder)
           SELECT id, 'Gründer:in', $4, true FROM s)
         INSERT INTO cohort_startups (cohort_id, startup_id, status) SELECT $5, id, 'active' FROM s`,
        [name, topics, sectors, founder, cohort.id],
      );
    }
    const mentors = [
      [ACCEPTING.name, ACCEPTING.email, '{pricing,fundraising}', '{fintech}'],
      [DECLINING.name, DECLINING.email, '{product,hiring}', '{software-saas}'],
    ];
    for (const [name, email, expertise, sectors] of mentors) {
      await client.query(
        `WITH m AS (INSERT INTO mentors (full_name, email, expertise, sectors, languages, city, capacity)
           VALUES ($1, $2, $3, $4, '{de,en}', 'Leipzig', 1) RETURNING id)
         INSERT INTO cohort_mentors (cohort_id, mentor_id) SELECT $5, id FROM m`,
        [name, email, expertise, sectors, cohort.id],
      );
    }
    return cohort.id;
  } finally {
    await client.end();
  }
}

/** The mentor opens their offer link in a browser of their own; axe reads the page first. */
async function openOffer(context: BrowserContext, link: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(link);
  await byTestId(page, 'offer-page').waitFor();
  await expect(violationsInBothLanguages(page, 'offer-page')).resolves.toEqual([]);
  return page;
}

/** A German manager's browser (texts, dates and numbers in German), signed in. */
async function germanManager(browser: Browser): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/sign-in`);
  await signIn(page, 'manager');
  await page.waitForURL(/\/dashboard/);
  return { page, context };
}

const SIZES = [
  { label: '1366x768', width: 1366, height: 768 },
  { label: '390x844', width: 390, height: 844 },
];

describe("a cohort's answers: a decline shows first, and the pages look as they did", () => {
  let browser: Browser;
  let cohortId: string;
  let runPath: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    cohortId = await seedAnswerCohort();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('runs matching, and the run looks as in the reference (German)', async () => {
    const { page, context } = await germanManager(browser);
    try {
      await page.goto(`${baseUrl()}/cohorts/${cohortId}`);
      await byTestId(page, 'match-mentors').click();
      // One mentor per startup: the two pairs fill every place, and nobody falls short.
      await byTestId(page, 'matching-k').fill('1');
      await byTestId(page, 'matching-start').click();
      await page.waitForURL(/\/cohorts\/[0-9a-f-]{36}\/matching\/[0-9a-f-]{36}$/, {
        timeout: 60_000,
      });
      runPath = new URL(page.url()).pathname;
      for (const { label, width, height } of SIZES) {
        await page.setViewportSize({ width, height });
        await page.goto(`${baseUrl()}${runPath}`);
        await page.locator('[data-testid="matching-run-status"][data-status="done"]').waitFor();
        await expect(byTestId(page, 'proposal').count()).resolves.toBe(2);
        await expectScreenshot(page, `matching-de-${label}`);
      }
    } finally {
      await context.close();
    }
  }, 120_000);

  it('sends both offers; one mentor accepts, the other declines, and the decline shows first with its reason', async () => {
    const manager = await signedInPage(browser, 'manager');
    const admin = await signedInPage(browser, 'admin');
    const mentors = await browser.newContext({ locale: 'en-GB' });
    try {
      const page = manager.page;
      await page.goto(`${baseUrl()}${runPath}`);
      await byTestId(page, 'approve-all').click();
      await page.locator('[data-testid="proposal"][data-status="approved"]').nth(1).waitFor();
      await page.locator('[data-testid="send-offers"]:not([disabled])').click();
      await expect(byTestId(page, 'send-offers-summary').textContent()).resolves.toContain(
        '2 offer(s) in 2 email(s)',
      );
      await byTestId(page, 'send-offers-confirm').click();
      await page.getByText('2 offers sent').first().waitFor();

      await page.goto(`${baseUrl()}/cohorts/${cohortId}`);
      await page.locator('[data-testid="cohort-offer"][data-status="offered"]').nth(1).waitFor();

      const accepting = await openOffer(
        mentors,
        await linkFromMailbox(admin.page, ACCEPTING.email, '/respond/offer/'),
      );
      // The admin's mailbox, the mail as read there and the list, in both languages.
      await expect(violationsInBothLanguages(admin.page, 'mailbox-subject')).resolves.toEqual([]);
      await byTestId(admin.page, 'mailbox-back').click();
      await expect(violationsInBothLanguages(admin.page, 'mailbox-row')).resolves.toEqual([]);

      await byTestId(accepting, 'offer-accept').click();
      await accepting.locator('[data-testid="offer-answered"][data-status="accepted"]').waitFor();

      const declining = await openOffer(
        mentors,
        await linkFromMailbox(admin.page, DECLINING.email, '/respond/offer/'),
      );
      // "Too busy", the first reason after "none": the page speaks the mentor's language.
      await byTestId(declining, 'offer-decline-reason').selectOption({ index: 1 });
      await byTestId(declining, 'offer-decline-note').fill('Back in spring, gladly then.');
      await byTestId(declining, 'offer-decline').click();
      await declining.locator('[data-testid="offer-answered"][data-status="declined"]').waitFor();
      await expect(violationsInBothLanguages(declining, 'offer-answered')).resolves.toEqual([]);

      // The open cohort page asks again while an offer is open: the decline arrives on its own,
      // first in the list, with its reason, and the counts say one of each.
      const first = byTestId(page, 'cohort-offer').first();
      await page
        .locator('[data-testid="cohort-offer"]:first-child[data-status="declined"]')
        .waitFor({ timeout: 25_000 });
      await expect(first.textContent()).resolves.toContain(DECLINING.name);
      await expect(byTestId(first, 'cohort-offer-reason').textContent()).resolves.toContain(
        'no time',
      );
      await expect(byTestId(page, 'cohort-offer').nth(1).getAttribute('data-status')).resolves.toBe(
        'accepted',
      );
      const summary = await byTestId(page, 'cohort-offers-summary').textContent();
      expect(summary).toContain('1 accepted');
      expect(summary).toContain('1 declined');
      // The accepting mentor is on her startup's card.
      await byTestId(page, 'card-mentor').filter({ hasText: ACCEPTING.name }).waitFor();
    } finally {
      await mentors.close();
      await admin.close();
      await manager.close();
    }
  }, 180_000);

  it('shows the cohort with its mentor and answers as in the reference (German)', async () => {
    const { page, context } = await germanManager(browser);
    try {
      for (const { label, width, height } of SIZES) {
        await page.setViewportSize({ width, height });
        await page.goto(`${baseUrl()}/cohorts/${cohortId}`);
        await byTestId(page, 'card-mentor').waitFor();
        await byTestId(page, 'cohort-offer').nth(1).waitFor();
        // The times the server stamped on the offers and answers change with every run.
        const mask = [page.locator('.offer .when')];
        await expectScreenshot(page, `cohort-de-${label}`, { mask });
        // The answers, below the board.
        const answers = byTestId(page, 'cohort-offers');
        await answers.scrollIntoViewIfNeeded();
        await expectScreenshot(page, `cohort-answers-de-${label}`, { element: answers, mask });
      }
    } finally {
      await context.close();
    }
  });
});
