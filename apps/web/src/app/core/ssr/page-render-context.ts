import { inject, REQUEST_CONTEXT } from '@angular/core';

/**
 * What the API tells the server render about the request it renders (`renderPage` in
 * src/server.ts): the browser's own cookie and languages, to ask the API on its behalf, and
 * what the browser would tell the app about itself (its language, its screen).
 */
export interface PageRenderContext {
  /** The browser's Cookie header: the API answers the render as it would answer the browser. */
  readonly cookie: string;
  /** The browser's Accept-Language header, passed on with each API request. */
  readonly acceptLanguage: string;
  /** The browser's first language, as `navigator.language` would give it ('' when none). */
  readonly browserLanguage: string;
  /** Whether the browser says it is a phone's: the page is then laid out for a narrow screen. */
  readonly phone: boolean;
  /** Told each URL the router ends a navigation on: the API sends the page only if it is the one asked for. */
  navigated(url: string): void;
  /** Told when an API request of the render fails: the API then sends the unrendered page. */
  failed(status: number): void;
}

/** The context of the request being rendered; null in the browser. */
export function injectPageRenderContext(): PageRenderContext | null {
  return (inject(REQUEST_CONTEXT, { optional: true }) as PageRenderContext | null) ?? null;
}
