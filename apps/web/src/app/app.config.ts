import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideClientHydration, withEventReplay } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { CSRF_COOKIE, CSRF_HEADER } from '@kohorte/contracts';
import { routes } from './app.routes';
import { SessionStore } from './core/auth/session';
import { authErrorInterceptor } from './core/http/auth-error-interceptor';
import { provideI18n } from './core/i18n/provide-i18n';
import { provideIcons } from './core/icons';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    // The API checks X-XSRF-TOKEN against the XSRF-TOKEN cookie on every state-changing request;
    // Angular adds the header for relative URLs, so all API calls use `/api/v1/...`.
    provideHttpClient(
      // fetch, not XHR: only a fetch can take the answer index.html preloads (the session).
      withFetch(),
      withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER }),
      withInterceptors([authErrorInterceptor]),
    ),
    provideI18n(),
    provideIcons(),
    // The dashboard and the startup list come rendered by the server (apps/api's server-render):
    // the app takes over their elements instead of drawing them again, with the API answers the
    // page came with, and replays the clicks and keys that came before it was ready.
    provideClientHydration(withEventReplay()),
    // Ask who is signed in (which also brings the CSRF cookie) at once, without holding start-up
    // back: the router loads the first page's code meanwhile, and the guards wait for the answer.
    provideAppInitializer(() => {
      inject(SessionStore).load().subscribe();
    }),
  ],
};
