import type { Browser, Locator, Page } from 'playwright-core';
import { Client } from 'pg';
import { baseUrl } from './browser';
import { E2E_USERS } from './users';

async function forgetLanguageChoice(email: string): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE users SET format_locale = NULL WHERE email = $1`, [email]);
  } finally {
    await client.end();
  }
}

export const byTestId = (page: Page | Locator, id: string): Locator =>
  page.locator(`[data-testid="${id}"]`);

/**
 * Signs in as `role`, in the language the browser asks for: the account keeps the language last
 * chosen in the menu (an earlier test's switch to German) and signing in adopts it, so the choice
 * is forgotten first and every test starts from its own browser's language — unless the test is
 * about that very choice following the person (`keepLanguageChoice`).
 */
export async function signIn(
  page: Page,
  role: keyof typeof E2E_USERS,
  { keepLanguageChoice = false } = {},
): Promise<void> {
  const user = E2E_USERS[role];
  if (!keepLanguageChoice) await forgetLanguageChoice(user.email);
  await byTestId(page, 'sign-in-email').fill(user.email);
  await byTestId(page, 'sign-in-password').fill(user.password);
  await byTestId(page, 'sign-in-submit').click();
}

/** A fresh browser context (its own cookies), signed in as `role`, on the home page. */
export async function signedInPage(
  browser: Browser,
  role: keyof typeof E2E_USERS,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/sign-in`);
  await signIn(page, role);
  await page.waitForURL(/\/dashboard/);
  return { page, close: () => context.close() };
}

/** Opens a Material select by its test id and picks the options with these `data-key`s. */
export async function chooseOptions(
  page: Page,
  selectTestId: string,
  keys: string[],
): Promise<void> {
  await byTestId(page, selectTestId).click();
  for (const key of keys) await page.locator(`mat-option[data-key="${key}"]`).click();
  // A multiple select stays open after a choice; a single one closes by itself.
  if (await page.locator('mat-option').first().isVisible()) await page.keyboard.press('Escape');
}

/**
 * Types a date into a datepicker field and leaves it, as a person does, and checks that the field
 * kept it: on a loaded machine the datepicker has been seen to drop a value typed right after the
 * other date changed (both inputs re-render), so the typing is repeated until the field holds it.
 */
export async function fillDate(page: Page, testId: string, text: string): Promise<void> {
  const input = byTestId(page, testId);
  for (let attempt = 1; ; attempt++) {
    await input.fill(text);
    await input.press('Tab');
    // The datepicker rewrites a parsed date in its own format: any value means it was kept.
    if ((await input.inputValue()) !== '') return;
    if (attempt === 3) throw new Error(`The date field ${testId} did not keep "${text}"`);
  }
}

/**
 * Waits until a dialog's form is gone after submitting it; when it stays open, fails with the
 * errors it shows instead of a bare timeout further on.
 */
export async function expectDialogClosed(page: Page, formTestId: string): Promise<void> {
  const form = byTestId(page, formTestId);
  try {
    await form.waitFor({ state: 'detached', timeout: 15_000 });
  } catch {
    // Each field's label, what it holds and its error: "is required" alone does not say which.
    const fields = await form.locator('mat-form-field').evaluateAll((nodes) =>
      nodes
        .map((node) => {
          const label = node.querySelector('mat-label')?.textContent?.trim() ?? '?';
          const input = node.querySelector<HTMLInputElement>('input, textarea');
          const error = node.querySelector('mat-error')?.textContent?.trim();
          return error ? `${label} = "${input?.value ?? ''}": ${error}` : '';
        })
        .filter(Boolean),
    );
    const alerts = await form.locator('.form-error, [role="alert"]').allTextContents();
    const shown = [...fields, ...alerts].join(' | ') || '(no error)';
    throw new Error(`The dialog ${formTestId} stayed open; it shows: ${shown}`);
  }
}

/**
 * Waits until an edit form shows the record it loaded: typing before the record arrives would be
 * overwritten when it does.
 */
export async function waitForLoadedValue(page: Page, inputTestId: string): Promise<void> {
  await page.waitForFunction(
    (selector) => (document.querySelector<HTMLInputElement>(selector)?.value ?? '') !== '',
    `[data-testid="${inputTestId}"]`,
  );
}
