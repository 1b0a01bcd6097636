import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { violationsInBothLanguages } from '../test/axe';
import { baseUrl, launchBrowser } from '../test/browser';
import { byTestId, signIn } from '../test/ui';

// The incubator's list as German Excel saves it ("CSV (Trennzeichen-getrennt)": Windows-1252,
// semicolons), written by `npm run fixtures:import`; the API's test reads the same file.
const FILE = join(process.cwd(), '../api/test/fixtures/imports/incubator/startups-de-1252.csv');
const planted = JSON.parse(readFileSync(join(FILE, '../planted-faults.json'), 'utf8')) as {
  rows: number;
  nearMissValue: string;
  unknownValue: string;
};

async function chooseValue(page: Page, value: string, key: string): Promise<void> {
  const row = page.locator(`[data-testid="import-value"][data-value="${value}"]`);
  await byTestId(row, 'import-value-key').click();
  await page.locator(`mat-option[data-key="${key}"]`).click();
}

describe('a programme manager imports the incubator’s Excel list in German', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('reads the Windows-1252 file, maps two unknown values, applies, and the founders are on the startups’ pages', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await signIn(page, 'manager');
    await page.waitForURL(/\/dashboard/);

    // Every step of the wizard, read by axe in both languages; the texts checked below are German.
    const findings: string[] = [];
    await page.goto(`${baseUrl()}/imports/new`);
    findings.push(...(await violationsInBothLanguages(page, 'import-upload')));
    await byTestId(page, 'import-file').setInputFiles({
      name: 'Startups Förderprogramm.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(FILE),
    });
    await byTestId(page, 'import-upload').click();

    // Read as Windows-1252: the umlauts are right before anything runs.
    await byTestId(page, 'import-read-as').waitFor();
    await expect(byTestId(page, 'import-read-as').textContent()).resolves.toContain(
      `Gelesen als windows-1252, durch Semikolons getrennt, ${planted.rows} Zeilen`,
    );
    await expect(byTestId(page, 'import-preview-row').first().textContent()).resolves.toContain(
      'Pleiße Labs GmbH',
    );
    findings.push(...(await violationsInBothLanguages(page, 'import-read-as')));
    await byTestId(page, 'import-start-dry-run').click();

    // The values no list names, once each; two are mapped by hand, the rest as suggested.
    await byTestId(page, 'import-values').waitFor({ timeout: 30_000 });
    await expect(
      page.locator('[data-testid="import-value"][data-value="Gesundheit"]').textContent(),
    ).resolves.toContain('Vorschlag');
    findings.push(...(await violationsInBothLanguages(page, 'import-values')));
    await chooseValue(page, planted.unknownValue, 'deeptech');
    await chooseValue(page, planted.nearMissValue, 'logistics');
    await byTestId(page, 'import-values-save').click();
    await byTestId(page, 'import-dry-run').waitFor();
    await byTestId(page, 'import-counts').waitFor({ timeout: 30_000 });

    // The other five planted faults stay rejected, with their reasons in German.
    await expect(byTestId(page, 'import-count-reject').textContent()).resolves.toContain('5');
    await expect(byTestId(page, 'import-count-create').textContent()).resolves.toContain(
      String(planted.rows - 5),
    );
    await page.locator('[data-testid="import-filter-reject"] button').click();
    await page.getByText('ist keine E-Mail-Adresse').waitFor();
    findings.push(...(await violationsInBothLanguages(page, 'import-counts')));

    await byTestId(page, 'import-apply').click();
    await byTestId(page, 'import-done').waitFor({ timeout: 60_000 });
    findings.push(...(await violationsInBothLanguages(page, 'import-done')));
    expect(findings).toEqual([]);

    // The founders are on their startups' pages: two for the first, and the one of the startup
    // whose unknown sector was mapped by hand.
    for (const [startup, founders] of [
      ['Pleiße Labs GmbH', ['Jürgen Müller', 'Moritz Weiß']],
      ['Grün Flow GmbH', ['Katrin Müller']],
    ] as const) {
      await page.goto(`${baseUrl()}/startups?q=${encodeURIComponent(startup)}`);
      await byTestId(page, 'startup-row').filter({ hasText: startup }).click();
      await byTestId(page, 'contact-row').first().waitFor();
      const names = await byTestId(page, 'contact-row').allTextContents();
      for (const founder of founders) expect(names.join(' ')).toContain(founder);
    }
    await context.close();
  }, 240_000);

  it('lets an admin add an unknown value as a new term, which the import then maps onto', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await signIn(page, 'admin');
    await page.waitForURL(/\/dashboard/);

    await page.goto(`${baseUrl()}/imports/new`);
    await byTestId(page, 'import-file').setInputFiles({
      name: 'Quanten.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Name;Branche;Stadt\nQubit Werk GmbH;Quantencomputing;Leipzig\n'),
    });
    await byTestId(page, 'import-upload').click();
    await byTestId(page, 'import-start-dry-run').click();

    const row = page.locator('[data-testid="import-value"][data-value="Quantencomputing"]');
    await row.waitFor({ timeout: 30_000 });
    await byTestId(row, 'import-value-add-term').click();
    const form = byTestId(page, 'new-term-form');
    await expect(form.locator('input[formcontrolname="key"]').inputValue()).resolves.toBe(
      'quantencomputing',
    );
    await form.locator('input[formcontrolname="labelEn"]').fill('Quantum computing');
    await byTestId(page, 'new-term-save').click();
    await form.waitFor({ state: 'detached' });

    // The value now means the new term, and the dry run creates the startup.
    await expect(byTestId(row, 'import-value-key').textContent()).resolves.toContain(
      'Quantencomputing',
    );
    await byTestId(page, 'import-values-save').click();
    // The first dry run's counts stay on the page until the second one's arrive.
    await page
      .locator('[data-testid="import-count-create"]', { hasText: '1' })
      .waitFor({ timeout: 30_000 });
    await expect(byTestId(page, 'import-count-reject').textContent()).resolves.toContain('0');

    // The API keeps the lists a few seconds (VocabulariesService): ask until the term is there.
    let sectors: { key: string; labelEn: string }[] = [];
    for (const deadline = Date.now() + 40_000; Date.now() < deadline;) {
      const vocabularies = await page.request.get(`${baseUrl()}/api/v1/vocabularies`);
      sectors = ((await vocabularies.json()) as { sectors: typeof sectors }).sectors;
      if (sectors.some((term) => term.key === 'quantencomputing')) break;
      await page.waitForTimeout(500);
    }
    expect(sectors).toContainEqual(
      expect.objectContaining({ key: 'quantencomputing', labelEn: 'Quantum computing' }),
    );
    await context.close();
  }, 180_000);
});
