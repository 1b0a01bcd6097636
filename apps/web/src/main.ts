import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

// Started in a task of its own, not in the one that evaluates this bundle: two shorter tasks
// instead of one long one, so the page could answer input in between (Total Blocking Time).
// A page the server rendered loads this bundle only when the person reaches for it
// (`pageToRender`); the app then takes that page over (hydration) and replays a click or key
// that came before (withEventReplay).
setTimeout(() => {
  bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
});
