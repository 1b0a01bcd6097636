import { describe, expect, it } from '@jest/globals';
import { REACHED_ATTRIBUTE } from '../first-reach';
import { pageToRender } from './page-document';

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
    const attributes = new Set<string>();
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
      (callback: () => void) => callback(),
      {
        createElement: () => ({ rel: '', href: '' }),
        head: { append: (link: { rel: string; href: string }) => appended.push(link) },
        documentElement: { setAttribute: (name: string) => attributes.add(name) },
      },
      (src: string) => imported.push(src),
    );
    return { listeners, appended, imported, attributes };
  }

  it('loads the scripts and the section’s code only after the first paint', () => {
    expect(page).not.toContain('rel="modulepreload"');
    expect(page).not.toContain('<script src=');

    const { listeners, appended, imported, attributes } = runLoader();
    expect(imported).toEqual([]);
    listeners.get('load')!();
    expect(appended).toEqual([
      { rel: 'modulepreload', href: 'chunk-AAAA.js' },
      { rel: 'modulepreload', href: 'chunk-B_b-.js' },
    ]);
    expect(imported).toEqual(['./main-XYZ12345.js']);
    expect(attributes.size).toBe(0);
  });

  it('loads them at once, and says so, when the person reaches for the page first', () => {
    const { listeners, imported, attributes } = runLoader();
    for (const type of ['pointerdown', 'touchstart', 'keydown', 'click', 'focusin']) {
      expect(listeners.has(type)).toBe(true);
    }
    listeners.get('touchstart')!();
    expect(imported).toEqual(['./main-XYZ12345.js']);
    expect([...attributes]).toEqual([REACHED_ATTRIBUTE]);
    // Once only: the load event and further touches change nothing.
    listeners.get('load')!();
    listeners.get('click')!();
    expect(imported).toEqual(['./main-XYZ12345.js']);
  });
});
