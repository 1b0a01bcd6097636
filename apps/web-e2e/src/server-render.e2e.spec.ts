import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Cookie } from 'playwright-core';
import { baseUrl, launchBrowser } from '../test/browser';
import { byTestId, signedInPage } from '../test/ui';

const PHONE = {
  viewport: { width: 412, height: 823 },
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  isMobile: true,
  hasTouch: true,
};

describe('the first pages come rendered by the server, and the app takes them over', () => {
  let browser: Browser;
  let cookies: Cookie[];

  beforeAll(async () => {
    browser = await launchBrowser();
    const { page, close } = await signedInPage(browser, 'manager');
    cookies = await page.context().cookies();
    await close();
  });
  afterAll(async () => {
    await browser.close();
  });

  async function contextWith(
    options: Parameters<Browser['newContext']>[0],
  ): Promise<BrowserContext> {
    const context = await browser.newContext({ locale: 'en-GB', ...options });
    await context.addCookies(cookies);
    return context;
  }

  it('shows the startup list and the dashboard without any script', async () => {
    const context = await contextWith({ javaScriptEnabled: false, ...PHONE });
    const page = await context.newPage();

    await page.goto(`${baseUrl()}/startups`);
    await expect(byTestId(page, 'startup-row').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('h1').textContent()).resolves.toContain('Startups');
    // Laid out for the phone: the navigation waits behind its menu button.
    await expect(page.locator('button[aria-controls="main-nav"]').isVisible()).resolves.toBe(true);

    await page.goto(`${baseUrl()}/dashboard`);
    await expect(byTestId(page, 'dashboard').isVisible()).resolves.toBe(true);
    await expect(byTestId(page, 'dashboard-attention').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  it('answers a tap that comes before the app, without errors on the way', async () => {
    const context = await contextWith(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    const response = await page.goto(`${baseUrl()}/startups`);
    expect(await response?.text()).toContain('ng-server-context="ssr"');
    const first = byTestId(page, 'startup-row').first();
    const name = (await first.locator('a').first().textContent())?.trim() ?? '';
    expect(name).not.toBe('');

    // The tap starts the app; the click it makes is replayed once the app has the page.
    await first.locator('a').first().tap();
    await page.waitForURL(/\/startups\/[0-9a-f-]{36}$/);
    await expect(page.locator('h1').textContent()).resolves.toContain(name);

    // Back on the list, the app now runs it: the filters come, and searching works.
    await page.goBack();
    await page.waitForURL(/\/startups$/);
    await byTestId(page, 'startup-search').fill(name);
    await page.waitForURL(/q=/);
    await expect(byTestId(page, 'startup-row').first().textContent()).resolves.toContain(name);
    expect(errors).toEqual([]);
    await context.close();
  });
});
