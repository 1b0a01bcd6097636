import type { Page } from 'playwright-core';
import { baseUrl } from './browser';
import { byTestId } from './ui';

/**
 * The admin looks through the development mailbox (the e2e app runs without SMTP_URL) for the
 * recipient's mail that carries a link containing `path`, waits until the worker has sent it
 * (its link token is issued on sending) and returns the link.
 */
export async function linkFromMailbox(
  page: Page,
  recipient: string,
  path: string,
): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.goto(`${baseUrl()}/mailbox?pageSize=100`);
    const rows = page.locator(`[data-testid="mailbox-row"][data-recipient="${recipient}"]`);
    await rows.first().waitFor();
    const count = await rows.count();
    for (let index = 0; index < count; index++) {
      if (index > 0) {
        await page.goto(`${baseUrl()}/mailbox?pageSize=100`);
        await rows.first().waitFor();
      }
      await byTestId(rows.nth(index), 'mailbox-open').click();
      const status = byTestId(page, 'mailbox-status');
      await status.waitFor();
      if ((await status.getAttribute('data-status')) !== 'sent') continue;
      const hrefs = await byTestId(page, 'mailbox-link').evaluateAll((links) =>
        links.map((link) => (link as HTMLAnchorElement).href),
      );
      const link = hrefs.find((href) => href.includes(path));
      if (link) return link;
    }
    if (Date.now() > deadline) {
      throw new Error(`the worker sent no mail with a ${path} link to ${recipient}`);
    }
    await page.waitForTimeout(500);
  }
}
