import { REACH_EVENTS, REACHED_ATTRIBUTE } from '../first-reach';

const MODULE_PRELOAD = /<link rel="modulepreload" href="([^"]+)"\s*\/?>\s*/g;
const MAIN_SCRIPT = /<script src="([^"]+)" type="module"><\/script>\s*/g;

/**
 * The page a server render starts from, made from the one the browser would get (`document`:
 * index.html, or a section's page with its hints):
 *
 * - Angular's event-replay recorder (`eventDispatchScript`) starts the body, as in Angular's own
 *   server page (the call that starts it, which Angular adds after it, needs the body), so a
 *   click or key before the app has taken the page over is replayed.
 * - The app's scripts and the section's code start loading only after the page's first paint:
 *   the page shows without them, and on a slow network they would share the line with the page
 *   and hold its paint back. When the person reaches for the page before that, they load at
 *   once, and the app takes the page over as soon as it runs (`REACHED_ATTRIBUTE`).
 * - The page's inline scripts carry `nonce`, which the answer's Content-Security-Policy allows;
 *   Angular gives its own the nonce of the root element's `ngCspNonce`.
 */
export function pageToRender(document: string, nonce: string, eventDispatchScript: string): string {
  const preloads: string[] = [];
  const scripts: string[] = [];
  const page = document
    .replace(MODULE_PRELOAD, (_hint, href: string) => (preloads.push(href), ''))
    .replace(MAIN_SCRIPT, (_tag, src: string) => (scripts.push(src), ''));
  const load = [
    `for(const href of ${JSON.stringify(preloads)}){`,
    `const link=document.createElement('link');link.rel='modulepreload';link.href=href;document.head.append(link)}`,
    ...scripts.map((src) => `import(${JSON.stringify(`./${src}`)});`),
  ].join('');
  const loader =
    `<script nonce="${nonce}">(()=>{let started=false;` +
    `const start=()=>{if(started)return;started=true;${load}};` +
    `const reached=()=>{document.documentElement.setAttribute('${REACHED_ATTRIBUTE}','');start()};` +
    `for(const type of ${JSON.stringify(REACH_EVENTS)})` +
    `addEventListener(type,reached,{capture:true,passive:true,once:true});` +
    `addEventListener('load',()=>requestAnimationFrame(()=>setTimeout(start)),{once:true})})()</script>`;
  return page
    .replace(
      /<body[^>]*>/,
      (body) =>
        `${body}<script id="ng-event-dispatch-contract" nonce="${nonce}">${eventDispatchScript}</script>`,
    )
    .replace('<app-root>', `<app-root ngCspNonce="${nonce}">`)
    .replace('</body>', `${loader}</body>`);
}
