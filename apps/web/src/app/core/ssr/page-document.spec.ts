import { describe, expect, it } from '@jest/globals';
import { pageToRender, UNTOUCHED_TAKEOVER_MS } from './page-document';

const SECTION_PAGE =
  '<!doctype html><html lang="en"><head><title>Kohorte</title>' +
  '<link rel="modulepreload" href="chunk-AAAA.js">\n<link rel="modulepreload" href="chunk-B_b-.js">' +
  '</head><body>\n<app-root></app-root>\n<script src="main-XYZ12345.js" type="module"></script></body></html>';

describe('the page a server render starts from', () => {
  const page = pageToRender(SECTION_PAGE, 'n0nce', 'window.recorder=1');

  it('starts the body with the event recorder and gives Angular the nonce', () => {
    expect(page).toContain(
      '<body><script id="ng-event-dispatch-contract" nonce="n0nce">window.recorder=1</script>',
    );
    expect(page).toContain('<app-root ngCspNonce="n0nce"></app-root>');
  });

  /** The page's loader, run against stand-ins for the browser's globals. */
  function runLoader() {
    const loader = /<script nonce="n0nce">(\(\(\)=>.*?)<\/script><\/body>/.exec(page)![1]!;
    const listeners = new Map<string, () => void>();
    const appended: Array<{ rel: string; href: string }> = [];
    const imported: string[] = [];
    const later: Array<{ callback: () => void; ms: number }> = [];
    new Function(
      'addEventListener',
      'requestAnimationFrame',
      'setTimeout',
      'document',
      'importModule',
      loader.replaceAll('import(', 'importModule('),
    )(
      (type: string, listener: () => void) => listeners.set(type, listener),
      (callback: () => void) => callback(),
      (callback: () => void, ms = 0) => (ms === 0 ? callback() : later.push({ callback, ms })),
      {
        createElement: () => ({ rel: '', href: '' }),
        head: { append: (link: { rel: string; href: string }) => appended.push(link) },
      },
      (src: string) => imported.push(src),
    );
    return { listeners, appended, imported, later };
  }

  const ALL_FILES = ['main-XYZ12345.js', 'chunk-AAAA.js', 'chunk-B_b-.js'];

  it('only fetches the scripts and the section’s code, after the first paint', () => {
    expect(page).not.toContain('rel="modulepreload"');
    expect(page).not.toContain('<script src=');

    const { listeners, appended, imported, later } = runLoader();
    expect(appended).toEqual([]);
    listeners.get('load')!();
    expect(appended).toEqual(ALL_FILES.map((href) => ({ rel: 'prefetch', href })));
    expect(imported).toEqual([]);

    // Untouched, the app takes the page over a few seconds later.
    expect(later.map(({ ms }) => ms)).toEqual([UNTOUCHED_TAKEOVER_MS]);
    later[0]!.callback();
    expect(imported).toEqual(['./main-XYZ12345.js']);
  });

  it('runs the app when the person reaches for the page, once', () => {
    const { listeners, appended, imported, later } = runLoader();
    for (const type of [
      'pointermove',
      'pointerdown',
      'touchstart',
      'keydown',
      'click',
      'focusin',
    ]) {
      expect(listeners.has(type)).toBe(true);
    }
    listeners.get('touchstart')!();
    expect(appended).toEqual(ALL_FILES.map((href) => ({ rel: 'modulepreload', href })));
    expect(imported).toEqual(['./main-XYZ12345.js']);
    // The load event, its timer and further reaches change nothing.
    listeners.get('load')!();
    later.forEach(({ callback }) => callback());
    listeners.get('click')!();
    expect(imported).toEqual(['./main-XYZ12345.js']);
    expect(appended).toHaveLength(ALL_FILES.length);
  });
});
