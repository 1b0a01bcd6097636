import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { firstReach, REACHED_ATTRIBUTE } from './app/core/first-reach';

/** A page the server rendered is taken over after this long if nobody has reached for it. */
const UNTOUCHED_WAIT_MS = 10_000;

function bootstrap(): void {
  bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
}

if (document.querySelector('app-root[ng-server-context]')) {
  // The server rendered this page (apps/api's server-render): it is shown and read without the
  // app, and its links work. The app takes it over (hydration: half a second of a phone's CPU)
  // when the person reaches for it — a move of the pointer, a touch, a key, a scroll — or after a
  // few seconds, not while the page is still coming in; a click or key meanwhile is replayed once
  // it has (withEventReplay).
  // The page loads this code after its first paint, or at once when the person reached for it
  // first (then it says so).
  if (document.documentElement.hasAttribute(REACHED_ATTRIBUTE)) bootstrap();
  else void firstReach(document, UNTOUCHED_WAIT_MS).then(bootstrap);
} else {
  // Started in a task of its own, not in the one that evaluates this bundle: two shorter tasks
  // instead of one long one, so the page could answer input in between (Total Blocking Time).
  setTimeout(bootstrap);
}
