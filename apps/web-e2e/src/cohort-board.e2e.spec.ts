import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { Client } from 'pg';
import { baseUrl, launchBrowser } from '../test/browser';
import { byTestId, signIn, signedInPage } from '../test/ui';

const LONG_NAME = 'Datenlabs Plagwitz UG (haftungsbeschränkt)';
const OTHER_NAME = 'Buchdruckbridge Connewitz eG';
const TOUCHED_NAME = 'Möckerner Mühlenwerk';

/** Its own cohort with three applicants (one with a long German company name), for this spec only. */
async function seedBoardCohort(): Promise<string> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const {
      rows: [cohort],
    } = await client.query<{ id: string }>(
      `WITH p AS (INSERT INTO programmes (name, description)
         VALUES ('Board Demo', 'A cohort whose cards are dragged') RETURNING id)
       INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
       SELECT id, 'Board Demo 2027', '2026-01-01', '2030-12-31', 'running' FROM p RETURNING id`,
    );
    for (const name of [LONG_NAME, OTHER_NAME, TOUCHED_NAME]) {
      await client.query(
        `WITH s AS (INSERT INTO startups (name, city, stage) VALUES ($1, 'Leipzig', 'seed') RETURNING id)
         INSERT INTO cohort_startups (cohort_id, startup_id, status) SELECT $2, id, 'applied' FROM s`,
        [name, cohort.id],
      );
    }
    return cohort.id;
  } finally {
    await client.end();
  }
}

async function storedStatus(cohortId: string, startupName: string): Promise<string> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ status: string }>(
      `SELECT cs.status FROM cohort_startups cs JOIN startups s ON s.id = cs.startup_id
       WHERE cs.cohort_id = $1 AND s.name = $2`,
      [cohortId, startupName],
    );
    return rows[0]?.status ?? 'missing';
  } finally {
    await client.end();
  }
}

/** Polls the database until the card's status is stored (the move is saved, not just shown). */
async function waitForStoredStatus(cohortId: string, name: string, status: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let last = '';
  while (Date.now() < deadline) {
    last = await storedStatus(cohortId, name);
    if (last === status) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} stayed "${last}", expected "${status}"`);
}

const cardIn = (page: Page, status: string, name: string): Locator =>
  byTestId(byTestId(page, `board-column-${status}`), 'board-card').filter({ hasText: name });

/** Drags with a real mouse: press on the card, move in small steps (CDK needs a few px), release. */
async function mouseDrag(page: Page, card: Locator, target: Locator): Promise<void> {
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('card or column not visible');
  // On the card's lower part: its top holds the name link and the menu button.
  await page.mouse.move(from.x + from.width / 2, from.y + from.height - 6);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height - 6, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 20 });
  await page.mouse.up();
}

/**
 * Drags with a finger through the DevTools protocol, as a phone's touch screen sends it: press on
 * the card, hold past the board's touch delay (a short touch scrolls the page instead), move in
 * small steps onto the target, lift.
 */
async function touchDrag(page: Page, card: Locator, target: Locator): Promise<void> {
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('card or column not visible');
  const session = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    session.send('Input.dispatchTouchEvent', {
      type,
      // A touch with id -1 and radius 1 is what a screen reader fakes, and the CDK ignores it.
      touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 4, radiusY: 4 }],
    });
  const startX = from.x + from.width / 2;
  const startY = from.y + from.height - 6;
  await touch('touchStart', startX, startY);
  // The hold is the gesture itself: the CDK compares the page's clock with the press time.
  const pressedAt = await page.evaluate(() => Date.now());
  await page.waitForFunction((at) => Date.now() >= at + 400, pressedAt);
  const endX = to.x + to.width / 2;
  const endY = to.y + Math.min(40, to.height / 2);
  const steps = 20;
  for (let step = 1; step <= steps; step++) {
    await touch(
      'touchMove',
      startX + ((endX - startX) * step) / steps,
      startY + ((endY - startY) * step) / steps,
    );
  }
  if ((await page.locator('.cdk-drag-preview').count()) === 0) {
    throw new Error('the touch did not start a drag');
  }
  // Stacked columns move while the card leaves one and enters another: lift where the target
  // is now.
  const now = await target.boundingBox();
  if (!now) throw new Error('the target column left the page');
  const liftX = now.x + now.width / 2;
  const liftY = now.y + Math.min(40, now.height / 2);
  await touch('touchMove', liftX, liftY);
  await touch('touchEnd', liftX, liftY);
  await session.detach();
}

describe('the cohort board at a laptop and a phone width', () => {
  let browser: Browser;
  let cohortId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    cohortId = await seedBoardCohort();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('moves a card by mouse drag and by the keyboard menu, and saves both moves', async () => {
    const { page, close } = await signedInPage(browser, 'manager');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${baseUrl()}/cohorts/${cohortId}`);
    const card = cardIn(page, 'applied', LONG_NAME);
    await card.waitFor();

    await mouseDrag(page, card, byTestId(page, 'board-column-accepted'));
    await cardIn(page, 'accepted', LONG_NAME).waitFor();
    await waitForStoredStatus(cohortId, LONG_NAME, 'accepted');

    // The keyboard path: focus the card's menu, open it with Enter, pick "active" with arrows.
    const other = cardIn(page, 'applied', OTHER_NAME);
    await byTestId(other, 'card-move-menu').focus();
    await page.keyboard.press('Enter');
    const activeItem = byTestId(page, 'move-to-active');
    await activeItem.waitFor();
    while (!(await activeItem.evaluate((item) => item === document.activeElement))) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await cardIn(page, 'active', OTHER_NAME).waitFor();
    await waitForStoredStatus(cohortId, OTHER_NAME, 'active');

    // Still there after a reload.
    await page.reload();
    await cardIn(page, 'accepted', LONG_NAME).waitFor();
    await cardIn(page, 'active', OTHER_NAME).waitFor();
    await close();
  });

  it('moves a card by touch on a 390px phone and saves the move', async () => {
    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/sign-in`);
      await signIn(page, 'manager');
      await page.waitForURL(/\/dashboard/);
      await page.goto(`${baseUrl()}/cohorts/${cohortId}`);
      const card = cardIn(page, 'applied', TOUCHED_NAME);
      await card.waitFor();
      // The card and the column below it in view, away from the edges where the CDK would
      // scroll the page by itself during the drag.
      await byTestId(page, 'board-column-applied').evaluate((column) =>
        column.scrollIntoView({ block: 'start' }),
      );

      await touchDrag(page, card, byTestId(page, 'board-column-accepted').locator('.cards'));
      await cardIn(page, 'accepted', TOUCHED_NAME).waitFor();
      await waitForStoredStatus(cohortId, TOUCHED_NAME, 'accepted');
    } finally {
      await context.close();
    }
  });

  it('shows five columns side by side at 1,366px with names cut between words, not inside', async () => {
    const { page, close } = await signedInPage(browser, 'manager');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${baseUrl()}/cohorts/${cohortId}`);
    const name = byTestId(page, 'board-card-name').filter({ hasText: LONG_NAME });
    await name.waitFor();

    const tops = await page
      .locator('[data-testid^="board-column-"]')
      .evaluateAll((columns) => columns.map((column) => column.getBoundingClientRect().top));
    expect(tops).toHaveLength(5);
    expect(new Set(tops).size).toBe(1);
    await expect(name.getAttribute('title')).resolves.toBe(LONG_NAME);
    // Each line of the name starts at a word: no line begins inside a word.
    const lineStarts = await name.evaluate(lineStartCharacters);
    for (const { index, previous } of lineStarts) {
      expect(index === 0 || previous === ' ' || previous === '-').toBe(true);
    }
    await close();
  });

  it('stacks the columns on a 390px phone without scrolling sideways', async () => {
    const { page, close } = await signedInPage(browser, 'manager');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl()}/cohorts/${cohortId}`);
    await byTestId(page, 'board-card').first().waitFor();

    const lefts = await page
      .locator('[data-testid^="board-column-"]')
      .evaluateAll((columns) => columns.map((column) => column.getBoundingClientRect().left));
    expect(new Set(lefts).size).toBe(1);
    const overflow = await page.evaluate(() =>
      Array.from(document.querySelectorAll('*'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((element) => getComputedStyle(element).visibility !== 'hidden')
        .map((element) => element.tagName.toLowerCase() + '.' + element.className)
        .slice(0, 5),
    );
    expect(overflow).toEqual([]);
    await close();
  });
});

/**
 * For each rendered line of an element's text, the index of its first character and the
 * character before it, found from where each character's box sits.
 */
function lineStartCharacters(element: Element): { index: number; previous: string }[] {
  const text = element.firstChild;
  if (!text || text.nodeType !== Node.TEXT_NODE) return [];
  const content = text.textContent ?? '';
  const range = document.createRange();
  const starts: { index: number; previous: string }[] = [];
  let lastTop = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < content.length; index++) {
    if (content[index] === ' ') continue;
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    const rect = range.getClientRects()[0];
    if (!rect || rect.width === 0) continue;
    if (rect.top > lastTop + 2) {
      starts.push({ index, previous: index > 0 ? content[index - 1] : '' });
      lastTop = rect.top;
    }
  }
  return starts;
}
