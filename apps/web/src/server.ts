import { readFileSync } from 'node:fs';
import { REQUEST_CONTEXT } from '@angular/core';
import { CommonEngine } from '@angular/ssr/node';
import { pageToRender } from './app/core/ssr/page-document';
import type { PageRenderContext } from './app/core/ssr/page-render-context';
import bootstrap from './main.server';

/** The host every render is addressed to: the API builds the URL itself (see renderPage). */
const RENDER_HOST = '127.0.0.1';

const engine = new CommonEngine({ bootstrap, allowedHosts: [RENDER_HOST] });

/**
 * The script that records clicks and keys until the app has taken the page over (event
 * replay): the build writes it into its own server page, beside this bundle, as an inline script.
 */
function readEventDispatchScript(): string {
  const page = readFileSync(new URL('./index.server.html', import.meta.url), 'utf8');
  const script = /<script[^>]*id="ng-event-dispatch-contract"[^>]*>([\s\S]*?)<\/script>/.exec(page);
  if (!script?.[1]) throw new Error('The server build has no event dispatch script');
  return script[1];
}

const EVENT_DISPATCH_SCRIPT = readEventDispatchScript();

/**
 * Renders a page of the app into `document` (the page the API would otherwise send: index.html
 * with the build's hints) for the API, which imports this bundle
 * (apps/api/src/web/server-render.ts). `apiPort` is the API's own port: the render's URL is the
 * API's address, so the app's relative requests (`/api/v1/...`, `/i18n/...`) reach it directly.
 * The page's inline scripts carry `nonce`, which the API's Content-Security-Policy for this
 * answer allows (see `pageToRender`).
 */
export function renderPage(
  document: string,
  path: string,
  apiPort: number,
  context: PageRenderContext,
  nonce: string,
): Promise<string> {
  return engine.render({
    document: pageToRender(document, nonce, EVENT_DISPATCH_SCRIPT),
    url: `http://${RENDER_HOST}:${apiPort}${path}`,
    // The build already inlines the page's styles (scripts/inline-styles.mjs).
    inlineCriticalCss: false,
    providers: [{ provide: REQUEST_CONTEXT, useValue: context }],
  });
}
