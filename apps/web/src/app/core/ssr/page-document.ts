import { REACH_EVENTS } from '../first-reach';

/**
 * A page nobody has reached for is taken over this long after its first paint: well after a
 * page load's last request, and before someone who reads without touching (or a script that
 * fills a field without a pointer) would miss the app.
 */
export const UNTOUCHED_TAKEOVER_MS = 5000;

const MODULE_PRELOAD = /<link rel="modulepreload" href="([^"]+)"\s*\/?>\s*/g;
const MAIN_SCRIPT = /<script src="([^"]+)" type="module"><\/script>\s*/g;

/**
 * The page a server render starts from, made from the one the browser would get (`document`:
 * index.html, or a section's page with its hints):
 *
 * - Angular's event-replay recorder (`eventDispatchScript`) starts the body, as in Angular's own
 *   server page (the call that starts it, which Angular adds after it, needs the body), so a
 *   click or key before the app has taken the page over is replayed.
 * - The app takes the page over (hydration) when the person reaches for it: a move of the
 *   pointer, a touch, a key, a scroll, the focus entering it, a click (`REACH_EVENTS`). Its
 *   scripts and the section's code are only fetched after the page's first paint (a prefetch
 *   into the browser's cache, nothing run), so they neither share a slow line with the page and
 *   hold its paint back, nor keep a phone's CPU busy (hydrating costs it half a second) while the
 *   person only reads. Until then the page reads and its links work as plain links. Untouched,
 *   the page is taken over a few seconds after its paint (`UNTOUCHED_TAKEOVER_MS`).
 * - The page's inline scripts carry `nonce`, which the answer's Content-Security-Policy allows;
 *   Angular gives its own the nonce of the root element's `ngCspNonce`.
 */
export function pageToRender(document: string, nonce: string, eventDispatchScript: string): string {
  const preloads: string[] = [];
  const scripts: string[] = [];
  const page = document
    .replace(MODULE_PRELOAD, (_hint, href: string) => (preloads.push(href), ''))
    .replace(MAIN_SCRIPT, (_tag, src: string) => (scripts.push(src), ''));
  const files = [...scripts, ...preloads];
  const hint = (rel: string) =>
    `for(const href of ${JSON.stringify(files)}){const link=document.createElement('link');` +
    `link.rel='${rel}';link.href=href;document.head.append(link)}`;
  const loader =
    `<script nonce="${nonce}">(()=>{let started=false;` +
    `const start=()=>{if(started)return;started=true;${hint('modulepreload')};` +
    scripts.map((src) => `import(${JSON.stringify(`./${src}`)});`).join('') +
    `};for(const type of ${JSON.stringify(REACH_EVENTS)})` +
    `addEventListener(type,start,{capture:true,passive:true,once:true});` +
    `addEventListener('load',()=>requestAnimationFrame(()=>setTimeout(()=>{if(!started){${hint('prefetch')}}` +
    `setTimeout(start,${UNTOUCHED_TAKEOVER_MS})})),{once:true})})()</script>`;
  return page
    .replace(
      /<body[^>]*>/,
      (body) =>
        `${body}<script id="ng-event-dispatch-contract" nonce="${nonce}">${eventDispatchScript}</script>`,
    )
    .replace('<app-root>', `<app-root ngCspNonce="${nonce}">`)
    .replace('</body>', `${loader}</body>`);
}
