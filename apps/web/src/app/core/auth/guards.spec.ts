import { beforeEach, describe, expect, it } from '@jest/globals';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionInfo } from '@kohorte/contracts';
import { nextRequest, provideTestEnvironment } from '../../../testing/test-providers';
import { adminGuard, authGuard, guestGuard } from './guards';
import { SessionStore } from './session';

@Component({ selector: 'app-page', template: 'page' })
class Page {}

const session = (role: 'admin' | 'manager' | 'viewer'): SessionInfo => ({
  user: {
    id: 'u1',
    email: 'ada@example.org',
    name: 'Ada',
    role,
    locale: 'en',
    createdAt: '2024-01-01T00:00:00.000Z',
  },
});

describe('route guards', () => {
  let http: HttpTestingController;
  let router: Router;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter([
          { path: 'sign-in', component: Page, canActivate: [guestGuard] },
          { path: 'startups', component: Page, canActivate: [authGuard] },
          { path: 'users', component: Page, canActivate: [authGuard, adminGuard] },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });

  const sessionRequest = () => nextRequest(http, (url) => url === '/api/v1/auth/session');

  it('sends someone without a session to sign-in, keeping the page as return URL', async () => {
    const navigation = harness.navigateByUrl('/startups?q=solar&page=2');
    (await sessionRequest()).flush(
      { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await navigation;

    expect(router.url).toBe('/sign-in?returnUrl=%2Fstartups%3Fq%3Dsolar%26page%3D2');
    http.verify();
  });

  it('lets a signed-in person in, asking the API only once', async () => {
    const first = harness.navigateByUrl('/startups');
    (await sessionRequest()).flush(session('viewer'));
    await first;
    expect(router.url).toBe('/startups');

    await harness.navigateByUrl('/startups?page=2');
    expect(router.url).toBe('/startups?page=2');
    http.verify();
  });

  it('keeps non-admins out of the users page and signed-in people off sign-in', async () => {
    const first = harness.navigateByUrl('/users');
    (await sessionRequest()).flush(session('manager'));
    await first;
    expect(router.url).toBe('/startups');

    await harness.navigateByUrl('/sign-in');
    expect(router.url).toBe('/startups');
  });

  it('asks the API again once the session has ended', async () => {
    const first = harness.navigateByUrl('/startups');
    (await sessionRequest()).flush(session('admin'));
    await first;

    TestBed.inject(SessionStore).clear();
    const second = harness.navigateByUrl('/users');
    (await sessionRequest()).flush(
      { statusCode: 401, error: 'Unauthorized', message: 'Not signed in' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await second;
    expect(router.url).toBe('/sign-in?returnUrl=%2Fusers');
  });
});
