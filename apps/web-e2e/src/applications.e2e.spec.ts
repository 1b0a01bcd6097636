import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import { violationsInBothLanguages } from '../test/axe';
import { baseUrl, launchBrowser } from '../test/browser';
import { linkFromMailbox } from '../test/mailbox-links';
import { byTestId, chooseOptions, signedInPage, waitForLoadedValue } from '../test/ui';

const ANNA = 'anna@apply-draft.test';
const BEN = 'ben@apply-deck.test';

async function seedCohort(): Promise<string> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const {
      rows: [cohort],
    } = await client.query<{ id: string }>(
      `WITH p AS (INSERT INTO programmes (name, description)
         VALUES ('Applications Demo', 'A programme that takes applications') RETURNING id)
       INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
       SELECT id, 'Applications Demo 2027', '2027-03-01', '2027-08-31', 'planning' FROM p RETURNING id`,
    );
    return cohort.id;
  } finally {
    await client.end();
  }
}

async function deck(): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  document
    .addPage([842, 595])
    .drawText('Bike Logistics — pitch', { x: 48, y: 520, size: 28, font });
  return Buffer.from(await document.save());
}

/** Today and in a week, as the Berlin day the editor's date input takes. */
function berlinDay(offsetDays: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

/** The subjects of the mails to `recipient` in the development mailbox, once sent. */
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

describe('a call for applications, from the public page to an accepted startup', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens a call, takes two applications, screens them, accepts one and rejects one', async () => {
    const cohortId = await seedCohort();
    const manager = await signedInPage(browser, 'manager');
    const admin = await signedInPage(browser, 'admin');
    const anna = await browser.newContext({ locale: 'de-DE' });
    const ben = await browser.newContext({ locale: 'en-GB' });
    try {
      // The manager opens the call from the cohort's page.
      const page = manager.page;
      await page.goto(`${baseUrl()}/cohorts/${cohortId}`);
      await byTestId(page, 'cohort-call').click();
      await byTestId(page, 'call-create').click();
      await byTestId(page, 'call-form').waitFor();
      await byTestId(page, 'call-opensAt-day').fill(berlinDay(0));
      await byTestId(page, 'call-opensAt-time').fill('00:00');
      await byTestId(page, 'call-closesAt-day').fill(berlinDay(7));
      await byTestId(page, 'call-closesAt-time').fill('18:00');
      const texts: Record<string, [string, string]> = {
        title: ['Accelerator Frühjahr 2027', 'Accelerator spring 2027'],
        intro: ['Sechs Monate für Teams aus Sachsen.', 'Six months for teams from Saxony.'],
        confirmation: ['Wir melden uns bis Ende März.', 'We will be in touch by the end of March.'],
        consent: [
          'Wir verarbeiten Ihre Angaben für die Auswahl.',
          'We process your data for the selection.',
        ],
      };
      for (const [name, [de, en]] of Object.entries(texts)) {
        await byTestId(page, `call-${name}-de`).fill(de);
        await byTestId(page, `call-${name}-en`).fill(en);
      }
      // An eligibility question ("no" excludes) and an optional deck.
      await byTestId(page, 'add-question').click();
      const saxony = byTestId(page, 'question-0');
      await chooseOptions(page, 'question-kind', ['yesNo']);
      await byTestId(saxony, 'question-key').fill('saxony');
      await byTestId(saxony, 'question-label-de').fill('Sitz in Sachsen?');
      await byTestId(saxony, 'question-label-en').fill('Based in Saxony?');
      await byTestId(saxony, 'question-required').locator('input').check();
      await byTestId(saxony, 'question-excluding').click();
      await page.locator('mat-option[data-key="no"]').click();
      await page.keyboard.press('Escape');
      await byTestId(page, 'add-question').click();
      const deckQuestion = byTestId(page, 'question-1');
      await byTestId(deckQuestion, 'question-kind').click();
      await page.locator('mat-option[data-key="pitchDeck"]').click();
      await byTestId(deckQuestion, 'question-key').fill('deck');
      await byTestId(deckQuestion, 'question-label-de').fill('Pitch-Deck');
      await byTestId(deckQuestion, 'question-label-en').fill('Pitch deck');
      await byTestId(page, 'call-save').click();
      await page.waitForURL(new RegExp(`/cohorts/${cohortId}/call$`));
      const publicLink = (await byTestId(page, 'call-public-link').getAttribute('href'))!;
      expect(publicLink).toMatch(/\/apply\/[0-9a-f-]{36}$/);

      // Anna (German) asks for her link, saves a draft and comes back later through the link.
      const annaPage = await anna.newPage();
      await annaPage.goto(publicLink);
      await expect(byTestId(annaPage, 'apply-title').textContent()).resolves.toContain(
        'Accelerator Frühjahr 2027',
      );
      await expect(violationsInBothLanguages(annaPage, 'apply-title')).resolves.toEqual([]);
      await byTestId(annaPage, 'apply-email').fill(ANNA);
      await byTestId(annaPage, 'apply-submit').click();
      await byTestId(annaPage, 'apply-sent').waitFor();
      const annaLink = await linkFromMailbox(admin.page, ANNA, '/respond/application/');
      await annaPage.goto(annaLink);
      await byTestId(annaPage, 'application-form').waitFor();
      await expect(violationsInBothLanguages(annaPage, 'application-form')).resolves.toEqual([]);
      await byTestId(annaPage, 'application-founderName').fill('Anna Gründerin');
      await byTestId(annaPage, 'profile-name').fill('Bike Logistics Leipzig');
      await annaPage
        .locator('[data-testid="answer-saxony"] mat-radio-button[data-key="yes"] input')
        .check();
      await annaPage.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
      await annaPage.close();

      const annaAgain = await anna.newPage();
      await annaAgain.goto(annaLink);
      await waitForLoadedValue(annaAgain, 'profile-name');
      await expect(byTestId(annaAgain, 'profile-name').inputValue()).resolves.toBe(
        'Bike Logistics Leipzig',
      );
      await byTestId(annaAgain, 'application-consent').locator('input').check();
      await byTestId(annaAgain, 'application-submit').click();
      await annaAgain
        .locator('[data-testid="application-status"][data-status="submitted"]')
        .waitFor();
      await expect(
        byTestId(annaAgain, 'application-confirmation').textContent(),
      ).resolves.toContain('Wir melden uns bis Ende März.');

      // Ben (English) applies in one go with a deck, and answers that he is not in Saxony.
      const benPage = await ben.newPage();
      await benPage.goto(publicLink);
      await byTestId(benPage, 'apply-email').fill(BEN);
      await byTestId(benPage, 'apply-submit').click();
      await byTestId(benPage, 'apply-sent').waitFor();
      await benPage.goto(await linkFromMailbox(admin.page, BEN, '/respond/application/'));
      await byTestId(benPage, 'application-form').waitFor();
      await byTestId(benPage, 'application-founderName').fill('Ben Founder');
      await byTestId(benPage, 'profile-name').fill('Berlin Drones');
      await benPage
        .locator('[data-testid="answer-saxony"] mat-radio-button[data-key="no"] input')
        .check();
      await byTestId(benPage, 'deck-deck').setInputFiles({
        name: 'drones.pdf',
        mimeType: 'application/pdf',
        buffer: await deck(),
      });
      await byTestId(benPage, 'deck-file').waitFor();
      await byTestId(benPage, 'application-consent').locator('input').check();
      await byTestId(benPage, 'application-submit').click();
      await benPage
        .locator('[data-testid="application-status"][data-status="submitted"]')
        .waitFor();

      // The manager screens: Ben is pre-marked not eligible; Anna is marked eligible by hand.
      await page.goto(`${baseUrl()}/cohorts/${cohortId}/call`);
      const annaRow = page.locator(`[data-testid="application-row"][data-email="${ANNA}"]`);
      const benRow = page.locator(`[data-testid="application-row"][data-email="${BEN}"]`);
      await annaRow.waitFor();
      await expect(
        byTestId(benRow, 'application-eligibility').getAttribute('data-eligibility'),
      ).resolves.toBe('ineligible');
      await byTestId(annaRow, 'application-open').click();
      await byTestId(page, 'mark-eligible').click();
      await page
        .locator('[data-testid="detail-eligibility"][data-eligibility="eligible"]')
        .waitFor();

      // Decisions in bulk from the list: accept Anna, reject Ben.
      await page.goto(`${baseUrl()}/cohorts/${cohortId}/call`);
      await annaRow.waitFor();
      await byTestId(annaRow, 'application-select').locator('input').check();
      await byTestId(page, 'decide-accept').click();
      await page
        .locator(`[data-testid="application-row"][data-email="${ANNA}"][data-status="accepted"]`)
        .waitFor();
      await byTestId(benRow, 'application-select').locator('input').check();
      await byTestId(page, 'decide-reject').click();
      await page
        .locator(`[data-testid="application-row"][data-email="${BEN}"][data-status="rejected"]`)
        .waitFor();
      await expect(byTestId(page, 'funnel-accepted').textContent()).resolves.toBe('1');
      await expect(byTestId(page, 'funnel-applied').textContent()).resolves.toBe('2');

      // The accepted startup is in the cohort, with Anna as its founder.
      await page.goto(`${baseUrl()}/cohorts/${cohortId}`);
      await page
        .locator('[data-testid="board-card"]', { hasText: 'Bike Logistics Leipzig' })
        .waitFor();
      await byTestId(page, 'cohort-call').click();
      await byTestId(annaRow, 'application-open').click();
      await byTestId(page, 'application-startup').click();
      await page.waitForURL(/\/startups\/[0-9a-f-]{36}$/);
      await page.getByText('Anna Gründerin').first().waitFor();

      // Each got the decision in their own language; Anna's page says she is in.
      const annaSubjects = await subjectsTo(admin.page, ANNA, 3);
      expect(annaSubjects).toEqual(
        expect.arrayContaining([
          'Zusage: Accelerator Frühjahr 2027',
          'Bewerbung eingegangen: Accelerator Frühjahr 2027',
        ]),
      );
      const benSubjects = await subjectsTo(admin.page, BEN, 3);
      expect(benSubjects).toEqual(
        expect.arrayContaining([
          'Your application: Accelerator spring 2027',
          'Application received: Accelerator spring 2027',
        ]),
      );
      await annaAgain.goto(annaLink);
      await annaAgain
        .locator('[data-testid="application-status"][data-status="accepted"]')
        .waitFor();
    } finally {
      await ben.close();
      await anna.close();
      await admin.close();
      await manager.close();
    }
  });
});
