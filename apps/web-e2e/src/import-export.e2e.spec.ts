import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser } from '../test/browser';
import { byTestId, signedInPage } from '../test/ui';

// German headers, semicolons, a German label for a topic, one bad row: what a manager's export from
// a spreadsheet looks like.
const MENTORS_CSV = [
  'Name;E-Mail;Stadt;Kapazität;Fachgebiete;Schlagworte',
  'Greta Gründerhilfe;greta@import.test;Leipzig;2;Preisgestaltung;importtest',
  'Hannes Hochschule;hannes@import.test;Jena;1;Fundraising;importtest',
  'Ohne Mail;keine-mail;Dresden;1;;importtest',
].join('\n');

describe('a programme manager imports and exports in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('imports mentors from a CSV through the dry run, then exports the filtered list', async () => {
    const { page, close } = await signedInPage(browser, 'manager');

    await page.goto(`${baseUrl()}/imports`);
    await byTestId(page, 'new-import').click();
    await byTestId(page, 'import-kind').click();
    await page.locator('mat-option[data-key="mentors"]').click();
    await byTestId(page, 'import-file').setInputFiles({
      name: 'mentoren.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(MENTORS_CSV, 'utf8'),
    });
    await byTestId(page, 'import-upload').click();

    // The German headers were recognised; the dry run shows what would happen, row by row.
    await byTestId(page, 'import-start-dry-run').click();
    await byTestId(page, 'import-counts').waitFor({ timeout: 30_000 });
    await expect(byTestId(page, 'import-count-create').textContent()).resolves.toContain('2');
    await expect(byTestId(page, 'import-count-reject').textContent()).resolves.toContain('1');
    const rejected = byTestId(page, 'import-row').filter({ hasText: 'Ohne Mail' });
    await expect(rejected.textContent()).resolves.toMatch(/e-?mail/i);

    // Nothing is written before the manager confirms.
    const before = await page.request.get(`${baseUrl()}/api/v1/mentors?tag=importtest`);
    expect(((await before.json()) as { total: number }).total).toBe(0);

    await byTestId(page, 'import-apply').click();
    await byTestId(page, 'import-done').waitFor({ timeout: 30_000 });

    // The list, filtered by the imported tag, shows exactly the two good rows…
    await page.goto(`${baseUrl()}/mentors?tag=importtest`);
    await byTestId(page, 'mentor-row').first().waitFor();
    await expect(byTestId(page, 'mentor-row').count()).resolves.toBe(2);

    // …and its export is a CSV of those two, as the filter says.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId(page, 'export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mentors-.*\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(csv).toContain('greta@import.test');
    expect(csv).toContain('hannes@import.test');
    expect(csv).not.toContain('marta@mentor.test');
    await close();
  });
});
