import { ApplicationRef, inject, Injectable, signal } from '@angular/core';

/** However long the first page takes, what waits for it loads after this at the latest. */
const MAX_WAIT_MS = 3000;

/** Resolves once the browser has painted the frame that is being prepared now. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * Whether the first page has shown what it opened for: the app became stable (the first
 * navigation, its code and texts, and the page's API requests are done and rendered) and the
 * browser painted that.
 *
 * What the first screen does not need (the toolbar's search and menus, the list's filter fields,
 * paginator and saved views, the dashboard's charts) loads then, not before: its code would
 * otherwise share the network with the page's own code and data, and rendering it would hold
 * up the paint of the page's content. Later pages find `shown()` true and load it at once.
 */
@Injectable({ providedIn: 'root' })
export class FirstPageShown {
  private readonly shownSignal = signal(false);
  readonly shown = this.shownSignal.asReadonly();
  private readonly done: Promise<void>;

  constructor() {
    const stable = inject(ApplicationRef).whenStable();
    // A request that never ends (or a page that polls) keeps the app from becoming stable.
    const ceiling = new Promise<void>((resolve) => setTimeout(resolve, MAX_WAIT_MS));
    this.done = Promise.race([stable, ceiling])
      .then(afterNextPaint)
      .then(() => this.shownSignal.set(true));
  }

  /** Resolves when `shown()` becomes true. */
  whenShown(): Promise<void> {
    return this.done;
  }
}
