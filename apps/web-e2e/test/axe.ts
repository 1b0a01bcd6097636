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

/** The reader's choice as the app keeps it: `de`, `en-GB` or `en-US`. */
async function chosenFormats(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('kohorte.language'));
}

/**
 * Switches the page to `lang` with its own language menu, as a person does (a reload would lose a
 * wizard's state), and waits until the texts of that language show. English is chosen in the form
 * `english` (British or US), so a page can be put back as it was.
 */
export async function showLanguage(page: Page, lang: string, english = 'en-GB'): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === lang) return;
  const before = await page.locator('body').innerText();
  await byTestId(page, 'language-switch').first().click();
  await byTestId(page, `language-option-${lang === 'de' ? 'de' : english}`).click();
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
  // Signed in, the menu keeps the choice on the account too: end in the English form it had.
  const stored = await chosenFormats(page);
  const english = stored === 'en-US' ? 'en-US' : 'en-GB';
  const where = new URL(page.url()).pathname.replace(/[A-Za-z0-9_-]{40,}/, '<token>');
  const found: string[] = [];
  for (const lang of ['de', 'en']) {
    await showLanguage(page, lang, english);
    await byTestId(page, readyTestId).first().waitFor();
    found.push(...(await seriousViolations(page)).map((line) => `${lang} ${where}: ${line}`));
  }
  await showLanguage(page, start, english);
  return found;
}
