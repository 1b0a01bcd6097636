import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Locator, Page } from 'playwright-core';

/** Committed reference images (npm runs the tests in apps/web-e2e). */
const REFERENCES = join(process.cwd(), 'reference-screenshots');
/** Where a failed comparison leaves the actual image and the difference (not committed). */
const RESULTS = join(process.cwd(), 'screenshot-results');
/** Set to 1 to write the references from this run instead of comparing with them. */
export const UPDATE_SCREENSHOTS = 'KOHORTE_UPDATE_SCREENSHOTS';

/**
 * How far a pixel's colour may move before it counts as different (pixelmatch's YIQ distance,
 * 0–1; anti-aliasing is detected and ignored), and how many pixels may differ: a layout change
 * moves whole blocks (tens of thousands of pixels), a font rasterised a little differently a few
 * hundred.
 */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFFERING_SHARE = 0.002;

/**
 * Waits until the page can look the same every time: the fonts loaded, nothing hovered or
 * focused by an earlier step, two frames painted after that.
 */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * Compares the viewport (or one element of the page) with the committed reference
 * `reference-screenshots/<name>.png`; `mask` covers what changes from run to run (times the
 * server stamps). On a difference beyond the tolerance it fails naming the actual image and the
 * difference it wrote to `screenshot-results/`.
 */
export async function expectScreenshot(
  page: Page,
  name: string,
  { element, mask = [] }: { element?: Locator; mask?: Locator[] } = {},
): Promise<void> {
  await settle(page);
  const shot = await (element ?? page).screenshot({
    animations: 'disabled',
    caret: 'hide',
    scale: 'css',
    mask,
    maskColor: '#9e9e9e',
  });
  const referencePath = join(REFERENCES, `${name}.png`);
  if (process.env[UPDATE_SCREENSHOTS] === '1') {
    mkdirSync(REFERENCES, { recursive: true });
    writeFileSync(referencePath, shot);
    return;
  }
  mkdirSync(RESULTS, { recursive: true });
  const actualPath = join(RESULTS, `${name}.actual.png`);
  const update = `If the change is intended, run the spec with ${UPDATE_SCREENSHOTS}=1 and commit the new reference.`;
  if (!existsSync(referencePath)) {
    writeFileSync(actualPath, shot);
    throw new Error(`No reference image ${referencePath}; this run's is ${actualPath}. ${update}`);
  }
  const expected = PNG.sync.read(readFileSync(referencePath));
  const actual = PNG.sync.read(shot);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    writeFileSync(actualPath, shot);
    throw new Error(
      `${name}: ${actual.width}×${actual.height} px instead of ${expected.width}×${expected.height} (see ${actualPath}). ${update}`,
    );
  }
  const { width, height } = actual;
  const diff = new PNG({ width, height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, width, height, {
    threshold: PIXEL_THRESHOLD,
  });
  const share = differing / (width * height);
  if (share > MAX_DIFFERING_SHARE) {
    const diffPath = join(RESULTS, `${name}.diff.png`);
    writeFileSync(actualPath, shot);
    writeFileSync(diffPath, PNG.sync.write(diff));
    throw new Error(
      `${name}: ${differing} pixels (${(share * 100).toFixed(2)} %) differ from ${referencePath}, more than ${(MAX_DIFFERING_SHARE * 100).toFixed(2)} %. See ${actualPath} and ${diffPath} (differences in red). ${update}`,
    );
  }
}
