import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { nextRequest, provideTestEnvironment } from '../testing/test-providers';
import { DASHBOARD_ROUTES } from './dashboard/dashboard.routes';
import { SECTION_REQUESTS } from './section-requests';
import { STARTUP_ROUTES } from './startups/startups.routes';

/** The routes of every section that names requests, at the path app.routes.ts gives them. */
const SECTION_ROUTES: Record<keyof typeof SECTION_REQUESTS, Routes> = {
  dashboard: DASHBOARD_ROUTES,
  startups: STARTUP_ROUTES,
};

describe('SECTION_REQUESTS', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter(
          Object.entries(SECTION_ROUTES).map(([path, children]) => ({ path, children })),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    TestBed.resetTestingModule();
  });

  // A preloaded answer is used only by a request for the very same URL; any other is a wasted
  // request on every visit. A query in the page's URL must not change them either.
  for (const [section, urls] of Object.entries(SECTION_REQUESTS)) {
    it(`are the very requests the ${section} page makes as it opens, whatever its query`, async () => {
      const harness = await RouterTestingHarness.create();
      void harness.navigateByUrl(`/${section}?q=solar&page=2`);
      for (const url of urls) {
        const request = await nextRequest(http, (requested) => requested === url.split('?')[0]);
        expect(request.request.method).toBe('GET');
        expect(request.request.urlWithParams).toBe(url);
      }
    });
  }
});
