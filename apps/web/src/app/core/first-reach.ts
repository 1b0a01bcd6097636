/**
 * Signs that the person reaches for the page: a pointer moving or pressed, a key, a scroll, the
 * focus entering it, a click (a screen reader in browse mode sends only the last two).
 */
export const REACH_EVENTS = [
  'pointermove',
  'pointerdown',
  'touchstart',
  'keydown',
  'wheel',
  'scroll',
  'focusin',
  'click',
];

/**
 * Resolves at the first of the signs that the person reaches for the page (anywhere on
 * `document`, seen before any handler of the page's own), or after `untouchedMs` without one.
 */
export function firstReach(document: Document, untouchedMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      for (const name of REACH_EVENTS) document.removeEventListener(name, done, true);
      resolve();
    };
    const timer = setTimeout(done, untouchedMs);
    for (const name of REACH_EVENTS) {
      document.addEventListener(name, done, { capture: true, passive: true });
    }
  });
}
