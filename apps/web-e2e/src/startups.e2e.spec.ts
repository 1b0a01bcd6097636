import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from '../test/browser';
import { byTestId, chooseOptions, signIn, waitForLoadedValue } from '../test/ui';

describe('a programme manager manages startups in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('signs in, creates a startup, finds it by search, edits it and sees a field error', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();

    // A deep link while signed out lands on the sign-in page and returns after it.
    await page.goto(`${baseUrl()}/startups`);
    await page.waitForURL(/\/sign-in/);
    await signIn(page, 'manager');
    await page.waitForURL(/\/startups(\?|$)/);

    await byTestId(page, 'new-startup').click();
    await page.waitForURL(/\/startups\/new$/);
    await byTestId(page, 'startup-name').fill('Lindenauer Lastenrad GmbH');
    await byTestId(page, 'startup-oneLiner').fill('Cargo bikes for the last mile in Leipzig');
    await byTestId(page, 'startup-description').fill(
      'Wir bauen Zweiradlogistik für Innenstädte: Lastenräder, Mikrodepots und eine Routen-App.',
    );
    await byTestId(page, 'startup-website').fill('https://lastenrad.example');
    await byTestId(page, 'startup-city').fill('Leipzig');
    await chooseOptions(page, 'startup-stage', ['seed']);
    await chooseOptions(page, 'startup-sectors', ['mobility', 'logistics']);
    await byTestId(page, 'startup-teamSize').fill('7');
    await byTestId(page, 'save-startup').click();

    await page.waitForURL(/\/startups\/[0-9a-f-]{36}$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('Lindenauer Lastenrad GmbH');
    const detailUrl = page.url();

    // Search by a partial, lower-case word of the description.
    await page.goto(`${baseUrl()}/startups`);
    await byTestId(page, 'startup-search').fill('zweiradlogist');
    await page.waitForURL(/q=zweiradlogist/);
    const rows = byTestId(page, 'startup-row');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('Lindenauer Lastenrad GmbH');
    await rows.first().click();
    await page.waitForURL(detailUrl);

    await byTestId(page, 'edit-startup').click();
    await page.waitForURL(/\/edit$/);
    await waitForLoadedValue(page, 'startup-name');
    await byTestId(page, 'startup-city').fill('Halle (Saale)');
    await byTestId(page, 'save-startup').click();
    await page.waitForURL(detailUrl);
    await page.getByText('Halle (Saale)').first().waitFor();

    // The form refuses the website by the field's rule, with the API's reason, before sending:
    // the message appears next to the field as soon as the field is left, and nothing is saved.
    await byTestId(page, 'edit-startup').click();
    await page.waitForURL(/\/edit$/);
    await waitForLoadedValue(page, 'startup-name');
    await byTestId(page, 'startup-website').fill('javascript:alert(1)');
    await byTestId(page, 'startup-city').fill('Dresden');
    const websiteError = byTestId(page, 'startup-website-error');
    await websiteError.waitFor();
    await expect(websiteError.textContent()).resolves.toContain(
      '"javascript:alert(1)" is not a web address',
    );
    await byTestId(page, 'save-startup').click();
    expect(page.url()).toMatch(/\/edit$/);

    await page.goto(detailUrl);
    await page.getByText('Halle (Saale)').first().waitFor();
    await expect(page.getByText('Dresden').count()).resolves.toBe(0);
    await context.close();
  });

  it('shows a viewer the startups but no way to change them', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await signIn(page, 'viewer');
    await page.waitForURL(/\/dashboard/);
    await page.goto(`${baseUrl()}/startups`);
    await byTestId(page, 'startup-row').first().waitFor();
    await expect(byTestId(page, 'new-startup').count()).resolves.toBe(0);

    await byTestId(page, 'startup-row').first().click();
    await page.waitForURL(/\/startups\/[0-9a-f-]{36}$/);
    await page.locator('h1').waitFor();
    await expect(byTestId(page, 'edit-startup').count()).resolves.toBe(0);
    await expect(byTestId(page, 'archive-startup').count()).resolves.toBe(0);
    await context.close();
  });

  // The viewer, whom no other spec signs in as with words on screen: the choice is kept with the
  // account and would follow the manager into the other specs.
  it('switches the language and how dates are written, keeps the choice, and signs out', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await signIn(page, 'viewer');
    await page.waitForURL(/\/dashboard/);
    await page.goto(`${baseUrl()}/startups`);
    const nav = page.locator('nav');
    await nav.getByText('Mentors').waitFor();

    // A British browser reads British dates; US English and German write the same day their way.
    const updated = page.locator('td.mat-column-updatedAt').first();
    await updated.waitFor();
    const british = (await updated.textContent())?.trim() ?? '';
    const [, day, month, year] = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(british) ?? [];
    expect(year).toMatch(/^\d{4}$/);
    await chooseLanguage(page, 'en-US');
    await page
      .locator('td.mat-column-updatedAt', { hasText: `${+month}/${+day}/${year}` })
      .first()
      .waitFor();
    await expect(nav.getByText('Mentors').count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');

    await chooseLanguage(page, 'de');
    await nav.getByText('Mentor:innen').waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('de');
    await expect(updated.textContent()).resolves.toContain(`${day}.${month}.${year}`);

    // The choice survives a reload.
    await page.reload();
    await nav.getByText('Mentor:innen').waitFor();

    await byTestId(page, 'user-menu').click();
    await byTestId(page, 'sign-out').click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${baseUrl()}/startups`);
    await page.waitForURL(/\/sign-in/);
    await context.close();

    // The account kept it: another browser, British by its own settings, turns German on sign-in.
    const elsewhere = await browser.newContext({ locale: 'en-GB' });
    const other = await elsewhere.newPage();
    await other.goto(`${baseUrl()}/sign-in`);
    await signIn(other, 'viewer', { keepLanguageChoice: true });
    await other.waitForURL(/\/dashboard/);
    await other.locator('nav').getByText('Mentor:innen').waitFor();
    await expect(other.evaluate(() => document.documentElement.lang)).resolves.toBe('de');
    await elsewhere.close();
  });
});

/** Opens the toolbar's language menu and picks `de`, `en-GB` or `en-US`. */
async function chooseLanguage(page: Page, locale: string): Promise<void> {
  await byTestId(page, 'language-switch').click();
  await byTestId(page, `language-option-${locale}`).click();
}
