import { MediaMatcher } from '@angular/cdk/layout';
import { HttpBackend } from '@angular/common/http';
import { ApplicationConfig, mergeApplicationConfig } from '@angular/core';
import { provideServerRendering } from '@angular/ssr';
import { appConfig } from './app.config';
import { reportNavigations } from './core/ssr/report-navigations';
import { ServerApiBackend } from './core/ssr/server-api-backend';
import { ServerMediaMatcher } from './core/ssr/server-media-matcher';

/** The browser's configuration, plus what rendering on the server needs. */
export const serverConfig: ApplicationConfig = mergeApplicationConfig(appConfig, {
  providers: [
    provideServerRendering(),
    reportNavigations(),
    { provide: HttpBackend, useClass: ServerApiBackend },
    { provide: MediaMatcher, useClass: ServerMediaMatcher },
  ],
});
