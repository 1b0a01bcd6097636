import { MediaMatcher } from '@angular/cdk/layout';
import { Injectable } from '@angular/core';
import { injectPageRenderContext } from './page-render-context';

/** The width a server render lays a page out for: a phone's, else a laptop's. */
export const PHONE_WIDTH = 412;
export const DESKTOP_WIDTH = 1366;

const WIDTH_QUERY = /^\(\s*(max|min)-width:\s*([\d.]+)px\s*\)$/;

/** Whether `query`, one of the app's `(max-width: …px)` or `(min-width: …px)`, holds at `width`. */
export function widthQueryMatches(query: string, width: number): boolean {
  const match = WIDTH_QUERY.exec(query.trim());
  if (!match) return false;
  const limit = Number(match[2]);
  return match[1] === 'max' ? width <= limit : width >= limit;
}

/**
 * The media queries of the CDK's BreakpointObserver, answered on the server: there is no screen,
 * so the page is laid out for the width the browser most likely has (a phone when it says it is
 * one). The browser's own answer takes over when the page hydrates; for a likely guess the
 * layout then stays as it was painted.
 */
@Injectable()
export class ServerMediaMatcher extends MediaMatcher {
  private readonly width = injectPageRenderContext()?.phone ? PHONE_WIDTH : DESKTOP_WIDTH;

  override matchMedia(query: string): MediaQueryList {
    const matches = query.split(',').some((part) => widthQueryMatches(part, this.width));
    return {
      matches,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    };
  }
}
