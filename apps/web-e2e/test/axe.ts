import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { byTestId } from './ui';

/** axe's serious and critical WCAG 2.1 AA findings on the page as it is, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    // A frame sandboxed without scripts (an email's HTML in the mailbox) cannot run axe, and
    // the run would wait for it forever; the email is the sender's content, not the app's page.
    .exclude('iframe[sandbox]:not([sandbox*="allow-scripts"])')
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

/**
 * Switches the page to `lang` with its own language button, as a person does (a reload would
 * lose a wizard's state), and waits until the texts of that language show.
 */
export async function showLanguage(page: Page, lang: string): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === lang) return;
  const before = await page.locator('body').innerText();
  await byTestId(page, 'language-switch').first().click();
  // The attribute changes at once; the texts when the other language's files have loaded.
  await page.waitForFunction(
    ([wanted, old]) => document.documentElement.lang === wanted && document.body.innerText !== old,
    [lang, before] as const,
  );
}

/**
 * axe's serious and critical findings on the page in German and in English (each prefixed with
 * the language and path), found once `readyTestId` shows; the page ends in the language it had.
 */
export async function violationsInBothLanguages(
  page: Page,
  readyTestId: string,
): Promise<string[]> {
  const start = (await page.locator('html').getAttribute('lang')) ?? 'en';
  const where = new URL(page.url()).pathname.replace(/[A-Za-z0-9_-]{40,}/, '<token>');
  const found: string[] = [];
  for (const lang of ['de', 'en']) {
    await showLanguage(page, lang);
    await byTestId(page, readyTestId).first().waitFor();
    found.push(...(await seriousViolations(page)).map((line) => `${lang} ${where}: ${line}`));
  }
  await showLanguage(page, start);
  return found;
}
