import { REQUEST_CONTEXT } from '@angular/core';
import { CommonEngine } from '@angular/ssr/node';
import type { PageRenderContext } from './app/core/ssr/page-render-context';
import bootstrap from './main.server';

/** The host every render is addressed to: the API builds the URL itself (see renderPage). */
const RENDER_HOST = '127.0.0.1';

const engine = new CommonEngine({ bootstrap, allowedHosts: [RENDER_HOST] });

/**
 * Renders a page of the app into `document` (the page the API would otherwise send: index.html
 * with the build's hints) for the API, which imports this bundle
 * (apps/api/src/web/server-render.ts). `apiPort` is the API's own port: the render's URL is the
 * API's address, so the app's relative requests (`/api/v1/...`, `/i18n/...`) reach it directly.
 */
export function renderPage(
  document: string,
  path: string,
  apiPort: number,
  context: PageRenderContext,
): Promise<string> {
  return engine.render({
    document,
    url: `http://${RENDER_HOST}:${apiPort}${path}`,
    // The build already inlines the page's styles (scripts/inline-styles.mjs).
    inlineCriticalCss: false,
    providers: [{ provide: REQUEST_CONTEXT, useValue: context }],
  });
}
