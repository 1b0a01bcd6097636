import { isPlatformServer } from '@angular/common';
import { ApplicationRef, DOCUMENT, inject, Injectable, PLATFORM_ID, signal } from '@angular/core';
import { firstReach } from './first-reach';

/** However long the first page takes, the tools load after this at the latest. */
const MAX_WAIT_MS = 3000;

/**
 * When nobody reaches for the page, the tools load once this long has passed since the browser
 * started loading it (a server-rendered page may have been shown most of that time).
 */
const UNTOUCHED_WAIT_MS = 4000;

/** Resolves once the browser has painted the frame that is being prepared now. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * When the tools of the first page load: the toolbar's search and menus, a list's filter fields,
 * paginator and saved views. Their places are held meanwhile by placeholders of the same size
 * (most look like the tool itself), so nothing moves when they come.
 *
 * They load once the first page has shown what it opened for (the app became stable: the first
 * navigation, its code and texts and the page's API requests are done, rendered and painted) and
 * the person then reaches for the page (moves the pointer, touches, types, scrolls), or after a
 * few seconds without that. Before, their code would share the network with the page's own code
 * and data, and rendering them (a quarter of a second of a phone's CPU for a list's filter
 * fields) would keep the page from answering the first tap or scroll. Later pages find `due()`
 * true and load them at once. A page rendered on the server shows the placeholders.
 */
@Injectable({ providedIn: 'root' })
export class ToolsLoad {
  private readonly dueSignal = signal(false);
  /** Whether the tools may load now (`@defer (when tools.due())`). */
  readonly due = this.dueSignal.asReadonly();

  constructor() {
    if (isPlatformServer(inject(PLATFORM_ID))) return;
    const document = inject(DOCUMENT);
    const stable = inject(ApplicationRef).whenStable();
    // A request that never ends (or a page that polls) keeps the app from becoming stable.
    const ceiling = new Promise<void>((resolve) => setTimeout(resolve, MAX_WAIT_MS));
    void Promise.race([stable, ceiling])
      .then(afterNextPaint)
      .then(() => firstReach(document, Math.max(0, UNTOUCHED_WAIT_MS - performance.now())))
      .then(() => this.dueSignal.set(true));
  }
}
