import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestEnvironment, settle } from '../../../testing/test-providers';
import { SessionStore } from '../auth/session';

@Component({ selector: 'app-page', template: 'page' })
class Page {}

describe('authErrorInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter([
          { path: 'sign-in', component: Page },
          { path: 'startups/:id', component: Page },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    router = TestBed.inject(Router);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/startups/42');
  });

  it('on 401 forgets the session and opens sign-in with the current page as return URL', async () => {
    const session = TestBed.inject(SessionStore);
    const clear = jest.spyOn(session, 'clear');
    const failed = jest.fn();
    client.get('/api/v1/startups/42').subscribe({ error: failed });

    http.expectOne('/api/v1/startups/42').flush(null, { status: 401, statusText: 'Unauthorized' });
    await settle();

    expect(clear).toHaveBeenCalled();
    expect(failed).toHaveBeenCalled();
    expect(router.url).toBe('/sign-in?returnUrl=%2Fstartups%2F42');
  });

  it('leaves the 401 of a wrong password to the sign-in form', async () => {
    client.post('/api/v1/auth/sign-in', {}).subscribe({ error: () => undefined });
    http.expectOne('/api/v1/auth/sign-in').flush(null, { status: 401, statusText: 'Unauthorized' });
    await settle();
    expect(router.url).toBe('/startups/42');
  });

  it('on 403 says the person lacks permission', async () => {
    const open = jest.spyOn(TestBed.inject(MatSnackBar), 'open');
    client.post('/api/v1/startups/42/archive', null).subscribe({ error: () => undefined });
    http
      .expectOne('/api/v1/startups/42/archive')
      .flush(null, { status: 403, statusText: 'Forbidden' });

    for (let attempt = 0; attempt < 50 && open.mock.calls.length === 0; attempt++) await settle();
    expect(open).toHaveBeenCalledWith("You don't have permission", 'Close', expect.anything());
  });
});
