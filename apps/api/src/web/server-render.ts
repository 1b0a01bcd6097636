import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** What apps/web's server bundle (`dist/server/server.mjs`, from src/server.ts) exports. */
interface ServerBundle {
  renderPage(
    document: string,
    path: string,
    apiPort: number,
    context: PageRenderContext,
    nonce: string,
  ): Promise<string>;
}

/** apps/web's `PageRenderContext`: what the render knows of the browser it renders for. */
interface PageRenderContext {
  cookie: string;
  acceptLanguage: string;
  browserLanguage: string;
  phone: boolean;
  /** Called with each URL the app's router ends a navigation on. */
  navigated(url: string): void;
  /** Called when an API request of the render failed (an error answer or none). */
  failed(status: number): void;
}

/** The pages the server renders: the two a manager opens the app with. */
const RENDERED_PAGES = new Set(['/dashboard', '/startups']);

/**
 * A render that takes longer is given up for the page the browser renders itself. A render takes
 * 0.1-0.7 s here; one that waits on a database that has gone away would otherwise leave the
 * person before a blank page until the pool gives up.
 */
const RENDER_TIMEOUT_MS = 2000;

/**
 * Renders under way at most: each holds this process's event loop for about a tenth of a
 * second in all, so beyond these a page is sent unrendered rather than slowing every answer of
 * the API (a rush of page loads gets the pages that need no work here).
 */
const MAX_RENDERS_AT_ONCE = 4;

/** The language the browser puts first (by weight, then order), as `navigator.language` gives it. */
export function firstLanguage(acceptLanguage: string | undefined): string {
  let first = { tag: '', weight: 0 };
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...options] = part.trim().split(';');
    const q = /^\s*q=([\d.]+)\s*$/.exec(options.find((o) => o.trim().startsWith('q=')) ?? '');
    const weight = q ? Number(q[1]) : 1;
    if (tag !== '' && tag !== '*' && weight > first.weight) first = { tag, weight };
  }
  return first.tag;
}

/** Whether the browser says it runs on a phone (user agents of phones carry "Mobi"). */
export function isPhone(userAgent: string | undefined): boolean {
  return /Mobi/i.test(userAgent ?? '');
}

/**
 * The server render of the web app's first pages: `/dashboard` and `/startups` arrive as the
 * page itself, with its figures and rows, instead of an empty page that draws them once its
 * scripts have run; the app takes the rendered page over later (hydration).
 *
 * The render asks the API over the loopback interface, with the browser's cookie, so it sees
 * exactly what the person may see. When it ends anywhere but on the page asked for (no session:
 * the sign-in page), when an API request of it fails (PostgreSQL gone: 503), when it throws or
 * takes too long, or when too many renders are under way, the browser gets the page it would
 * have got without this (null here), and the app there handles the case as it always has.
 */
export class ServerRender {
  private readonly logger = new Logger('ServerRender');
  /** Renders started and not yet settled, those given up on included (they still run). */
  private rendering = 0;

  private constructor(
    private readonly bundle: ServerBundle,
    private readonly apiPort: () => number,
  ) {}

  /** The render of the build in `webDist` (dist/browser; its server is beside it), if it has one. */
  static async load(webDist: string, apiPort: () => number): Promise<ServerRender | null> {
    const entry = join(resolve(webDist), '..', 'server', 'server.mjs');
    if (!existsSync(entry)) return null;
    const bundle = (await import(pathToFileURL(entry).href)) as ServerBundle;
    return new ServerRender(bundle, apiPort);
  }

  /** Whether `url` (path and query) is one of the pages the server renders. */
  renders(url: string): boolean {
    return RENDERED_PAGES.has(url.split('?')[0] ?? '');
  }

  /**
   * The rendered page and the nonce its inline scripts carry (event replay: the answer's
   * Content-Security-Policy must allow it), or null for the page the browser renders itself
   * (see the class).
   */
  async render(
    request: FastifyRequest,
    document: string,
  ): Promise<{ html: string; nonce: string } | null> {
    if (this.rendering >= MAX_RENDERS_AT_ONCE) return null;
    const nonce = randomBytes(16).toString('base64');
    const path = request.url;
    let endedOn = '';
    let failure = 0;
    const context: PageRenderContext = {
      cookie: request.headers.cookie ?? '',
      acceptLanguage: request.headers['accept-language'] ?? '',
      browserLanguage: firstLanguage(request.headers['accept-language']),
      phone: isPhone(request.headers['user-agent']),
      navigated: (url) => (endedOn = url),
      failed: (status) => (failure ||= status || 503),
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolveTimeout) => {
      timer = setTimeout(() => resolveTimeout(null), RENDER_TIMEOUT_MS);
    });
    try {
      this.rendering += 1;
      const rendered = Promise.resolve()
        .then(() => this.bundle.renderPage(document, path, this.apiPort(), context, nonce))
        .finally(() => (this.rendering -= 1));
      const html = await Promise.race([rendered, timeout]);
      if (html === null) {
        this.logger.warn(
          `Rendering ${path} took over ${RENDER_TIMEOUT_MS} ms; sent the plain page`,
        );
        return null;
      }
      if (failure !== 0 || endedOn.split('?')[0] !== path.split('?')[0]) return null;
      return { html, nonce };
    } catch (error) {
      this.logger.error(`Rendering ${path} failed; sent the plain page`, error as Error);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
