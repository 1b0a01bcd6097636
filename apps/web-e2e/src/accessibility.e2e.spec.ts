import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from '../test/axe';
import { baseUrl, launchBrowser } from '../test/browser';
import { signedInPage } from '../test/ui';

/** Each list page and what shows once its data has loaded (rows, or the empty state). */
const PAGES = [
  { path: '/dashboard', ready: ['dashboard-attention'] },
  { path: '/startups', ready: ['startup-row'] },
  { path: '/mentors', ready: ['mentor-row'] },
  { path: '/investors', ready: ['investor-row'] },
  { path: '/programmes', ready: ['programme-row'] },
  { path: '/cohorts', ready: ['cohort-row', 'cohorts-empty'] },
  { path: '/imports', ready: ['new-import'] },
] as const;

describe('accessibility of the dashboard and every list (axe)', () => {
  let browser: Browser;
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page, close } = await signedInPage(browser, 'manager'));
  });
  afterAll(async () => {
    await close?.();
    await browser?.close();
  });

  for (const { path, ready } of PAGES) {
    it(`${path} has no serious or critical violations`, async () => {
      await page.goto(`${baseUrl()}${path}`);
      await page
        .locator(ready.map((id) => `[data-testid="${id}"]`).join(', '))
        .first()
        .waitFor();
      await expect(seriousViolations(page)).resolves.toEqual([]);
    });
  }
});
