import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { Client } from 'pg';
import { violationsInBothLanguages } from '../test/axe';
import { baseUrl, launchBrowser } from '../test/browser';
import { linkFromMailbox } from '../test/mailbox-links';
import { byTestId, chooseOptions, signedInPage } from '../test/ui';

const ANNA = 'anna@kiez-robotics.de';
const BEN = 'ben@drone-works.test';
const RITA = 'rita@jury-leipzig.test';
const ERIC = 'eric@jury-berlin.test';
// Writes from Anna's company domain: Kohorte must not let her review Anna's application.
const INES = 'ines@kiez-robotics.de';
const TITLE = { de: 'Auswahlrunde Herbst', en: 'Autumn selection' };

/** A cohort with a call open since an hour, asking only for the startup's name. */
async function seedCall(): Promise<{ cohortId: string; callId: string }> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const {
      rows: [row],
    } = await client.query<{ cohortId: string; callId: string }>(
      `WITH p AS (INSERT INTO programmes (name, description)
         VALUES ('Reviews Demo', 'A programme that reviews its applications') RETURNING id),
       c AS (INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
         SELECT id, 'Reviews Demo 2027', '2027-09-01', '2028-02-28', 'planning' FROM p RETURNING id)
       INSERT INTO calls (cohort_id, opens_at, closes_at, title, intro, confirmation, consent, retention_days)
       SELECT id, now() - interval '1 hour', now() + interval '7 days', $1, $2, $3, $4, 90 FROM c
       RETURNING cohort_id AS "cohortId", id AS "callId"`,
      [
        JSON.stringify(TITLE),
        JSON.stringify({ de: 'Bewerben Sie sich.', en: 'Apply now.' }),
        JSON.stringify({ de: 'Danke!', en: 'Thank you!' }),
        JSON.stringify({ de: 'Wir verarbeiten Ihre Angaben.', en: 'We process your data.' }),
      ],
    );
    return row;
  } finally {
    await client.end();
  }
}

/** The subjects of the sent mails to `recipient` in the development mailbox. */
async function subjectsTo(page: Page, recipient: string, count: number): Promise<string[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.goto(`${baseUrl()}/mailbox?pageSize=100`);
    const rows = page.locator(`[data-testid="mailbox-row"][data-recipient="${recipient}"]`);
    await rows.first().waitFor();
    const subjects: string[] = [];
    const total = await rows.count();
    for (let index = 0; index < total; index++) {
      if (index > 0) {
        await page.goto(`${baseUrl()}/mailbox?pageSize=100`);
        await rows.first().waitFor();
      }
      await byTestId(rows.nth(index), 'mailbox-open').click();
      await byTestId(page, 'mailbox-status').waitFor();
      subjects.push(((await byTestId(page, 'mailbox-subject').textContent()) ?? '').trim());
    }
    if (subjects.length >= count) return subjects;
    if (Date.now() > deadline) throw new Error(`only ${subjects.length} mails to ${recipient}`);
    await page.waitForTimeout(500);
  }
}

/** An applicant asks for a link on the public page, fills in the form and submits. */
async function apply(
  context: BrowserContext,
  admin: Page,
  callId: string,
  email: string,
  founder: string,
  startup: string,
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/apply/${callId}`);
  await byTestId(page, 'apply-email').fill(email);
  await byTestId(page, 'apply-submit').click();
  await byTestId(page, 'apply-sent').waitFor();
  await page.goto(await linkFromMailbox(admin, email, '/respond/application/'));
  await byTestId(page, 'application-form').waitFor();
  await byTestId(page, 'application-founderName').fill(founder);
  await byTestId(page, 'profile-name').fill(startup);
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
  await byTestId(page, 'application-consent').locator('input').check();
  await byTestId(page, 'application-submit').click();
  await page.locator('[data-testid="application-status"][data-status="submitted"]').waitFor();
  await page.close();
}

/** A reviewer scores one application on the page their link opens and submits the review. */
async function review(
  page: Page,
  task: Locator,
  scores: Record<string, number>,
  recommendation: string,
): Promise<void> {
  for (const [criterion, score] of Object.entries(scores)) {
    await task
      .locator(`[data-criterion="${criterion}"] mat-radio-button[data-score="${score}"] input`)
      .check();
  }
  // The select opens from the keyboard, as a keyboard user would open it.
  await byTestId(task, 'review-recommendation').focus();
  await page.keyboard.press('Enter');
  await page.locator(`mat-option[data-key="${recommendation}"]`).click();
  await byTestId(task, 'review-submit').click();
  await byTestId(task, 'review-submitted').waitFor();
}

describe('reviews: from screened applications to a calibrated ranking and decisions', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('assigns reviewers without conflicts, takes two reviews by link each, ranks and decides', async () => {
    const { cohortId, callId } = await seedCall();
    const manager = await signedInPage(browser, 'manager');
    const admin = await signedInPage(browser, 'admin');
    const anna = await browser.newContext({ locale: 'de-DE' });
    const ben = await browser.newContext({ locale: 'en-GB' });
    const rita = await browser.newContext({ locale: 'de-DE' });
    const eric = await browser.newContext({ locale: 'en-GB' });
    try {
      await apply(anna, admin.page, callId, ANNA, 'Anna Gründerin', 'Kiez Robotics');
      await apply(ben, admin.page, callId, BEN, 'Ben Founder', 'Drone Works');

      // The manager screens: both eligible.
      const page = manager.page;
      for (const email of [ANNA, BEN]) {
        await page.goto(`${baseUrl()}/cohorts/${cohortId}/call`);
        const row = page.locator(`[data-testid="application-row"][data-email="${email}"]`);
        await byTestId(row, 'application-open').click();
        await byTestId(page, 'mark-eligible').click();
        await page
          .locator('[data-testid="detail-eligibility"][data-eligibility="eligible"]')
          .waitFor();
      }

      // Three external reviewers, each in their language.
      await page.goto(`${baseUrl()}/cohorts/${cohortId}/call`);
      await byTestId(page, 'call-reviews').click();
      await page.waitForURL(new RegExp(`/cohorts/${cohortId}/call/reviews$`));
      for (const [name, email, locale] of [
        ['Rita Richter', RITA, 'de'],
        ['Eric Evans', ERIC, 'en'],
        ['Ines Insider', INES, 'en'],
      ] as const) {
        await byTestId(page, 'reviewer-name').fill(name);
        await byTestId(page, 'reviewer-email').fill(email);
        await chooseOptions(page, 'reviewer-locale', [locale]);
        await byTestId(page, 'reviewer-load').fill('2');
        await byTestId(page, 'reviewer-add').click();
        await page.locator(`[data-testid="reviewer-row"][data-email="${email}"]`).waitFor();
      }

      // The suggested rubric (team, market, product), two reviewers per application.
      await page.getByRole('tab', { name: 'Rubric' }).click();
      await byTestId(page, 'rubric-suggested').waitFor();
      await byTestId(page, 'rubric-r').fill('2');
      await byTestId(page, 'rubric-save').click();
      await page.getByText('Rubric saved.').waitFor();

      // The assignment finds Ines's conflict with Kiez Robotics and never proposes her there.
      await page.getByRole('tab', { name: 'Assignment' }).click();
      const rows = byTestId(page, 'assignment-row');
      await rows.first().waitFor();
      const annaRow = rows.filter({ hasText: 'Kiez Robotics' });
      const benRow = rows.filter({ hasText: 'Drone Works' });
      await expect(byTestId(annaRow, 'assignment-conflict').textContent()).resolves.toContain(
        'Ines Insider',
      );
      await expect(byTestId(annaRow, 'assignment-pair').allTextContents()).resolves.toEqual([
        expect.not.stringContaining('Ines'),
        expect.not.stringContaining('Ines'),
      ]);
      // The manager keeps Ines off Drone Works too, and the assignment runs again.
      const inesOnBen = byTestId(benRow, 'assignment-pair').filter({ hasText: 'Ines Insider' });
      if ((await inesOnBen.count()) > 0) {
        await byTestId(inesOnBen, 'assignment-exclude').click();
        await benRow.getByText('Ines Insider excluded').waitFor();
      }
      await expect(byTestId(benRow, 'assignment-pair').count()).resolves.toBe(2);
      await expect(byTestId(benRow, 'assignment-pair').allTextContents()).resolves.toEqual([
        expect.not.stringContaining('Ines'),
        expect.not.stringContaining('Ines'),
      ]);
      await byTestId(page, 'assignment-send').click();
      await expect(byTestId(page, 'assignment-notice').textContent()).resolves.toContain(
        '4 reviews assigned; 2 reviewers emailed.',
      );

      // Rita and Eric review by the links in their invitations: Rita generously, Eric strictly,
      // both finding Kiez Robotics the stronger one.
      for (const [context, email, scores] of [
        [rita, RITA, { kiez: 5, drone: 4 }],
        [eric, ERIC, { kiez: 3, drone: 1 }],
      ] as const) {
        const reviewer = await context.newPage();
        await reviewer.goto(await linkFromMailbox(admin.page, email, '/respond/review/'));
        await byTestId(reviewer, 'review-page').waitFor();
        await expect(byTestId(reviewer, 'review-task').count()).resolves.toBe(2);
        // One reviewer's page is enough for axe; it adds seconds to a test that is long already.
        if (email === RITA) {
          await expect(violationsInBothLanguages(reviewer, 'review-task')).resolves.toEqual([]);
        }
        for (const [name, score] of [
          ['Kiez Robotics', scores.kiez],
          ['Drone Works', scores.drone],
        ] as const) {
          const task = byTestId(reviewer, 'review-task').filter({ hasText: name });
          await review(
            reviewer,
            task,
            { team: score, market: score, product: score },
            score >= 4 ? 'yes' : 'no',
          );
        }
        await reviewer.close();
      }

      // The ranking: raw mean and calibrated score, each resting on two reviews.
      await page.reload();
      await page.getByRole('tab', { name: 'Ranking' }).click();
      const ranked = byTestId(page, 'ranking-row');
      await ranked.first().waitFor();
      await expect(ranked.first().textContent()).resolves.toContain('Kiez Robotics');
      const kiez = ranked.filter({ hasText: 'Kiez Robotics' });
      const drone = ranked.filter({ hasText: 'Drone Works' });
      await expect(byTestId(kiez, 'ranking-raw').textContent()).resolves.toContain('4.00');
      await expect(byTestId(drone, 'ranking-raw').textContent()).resolves.toContain('2.50');
      for (const row of [kiez, drone]) {
        await expect(byTestId(row, 'ranking-reviews').textContent()).resolves.toContain(
          '2 of 2 reviews',
        );
        await expect(byTestId(row, 'ranking-calibrated').textContent()).resolves.toMatch(
          /\d\.\d\d/,
        );
      }

      // The committee accepts Kiez Robotics and rejects Drone Works from the ranking.
      await byTestId(kiez, 'ranking-select').locator('input').check();
      await byTestId(page, 'ranking-accept').click();
      await page
        .locator('[data-testid="ranking-row"][data-status="accepted"]', {
          hasText: 'Kiez Robotics',
        })
        .waitFor();
      await byTestId(drone, 'ranking-select').locator('input').check();
      await byTestId(page, 'ranking-reject').click();
      await page
        .locator('[data-testid="ranking-row"][data-status="rejected"]', { hasText: 'Drone Works' })
        .waitFor();

      // The funnel counts both as reviewed.
      await page.goto(`${baseUrl()}/cohorts/${cohortId}/call`);
      await expect(byTestId(page, 'funnel-reviewed').textContent()).resolves.toBe('2');

      // Everyone got their emails in their own language.
      expect(await subjectsTo(admin.page, RITA, 1)).toEqual([
        `Einladung zur Begutachtung: ${TITLE.de}`,
      ]);
      expect(await subjectsTo(admin.page, ERIC, 1)).toEqual([`Invitation to review: ${TITLE.en}`]);
      expect(await subjectsTo(admin.page, ANNA, 3)).toContain(`Zusage: ${TITLE.de}`);
      expect(await subjectsTo(admin.page, BEN, 3)).toContain(`Your application: ${TITLE.en}`);
    } finally {
      await eric.close();
      await rita.close();
      await ben.close();
      await anna.close();
      await admin.close();
      await manager.close();
    }
  }, 180_000);
});
