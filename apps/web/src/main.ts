import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

// Started in a task of its own, not in the one that evaluates this bundle: two shorter tasks
// instead of one long one, so the page could answer input in between (Total Blocking Time).
setTimeout(() => {
  bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
});
