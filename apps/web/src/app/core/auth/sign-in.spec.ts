import { beforeEach, describe, expect, it } from '@jest/globals';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestEnvironment, settle } from '../../../testing/test-providers';
import { SignIn } from './sign-in';

@Component({ selector: 'app-page', template: 'page' })
class Page {}

describe('SignIn', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const el = () => harness.routeNativeElement as HTMLElement;

  async function submit(email: string, password: string): Promise<void> {
    const set = (testId: string, value: string) => {
      const input = el().querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    set('sign-in-email', email);
    set('sign-in-password', password);
    el().querySelector<HTMLButtonElement>('[data-testid="sign-in-submit"]')!.click();
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter(
          [
            { path: 'sign-in', component: SignIn },
            { path: '**', component: Page },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/sign-in?returnUrl=%2Fstartups%3Fq%3Dsolar', SignIn);
  });

  it('signs in and returns to the page the guard came from', async () => {
    await submit(' ada@example.org ', 'correct horse battery');

    const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/sign-in' });
    expect(request.request.body).toEqual({
      email: 'ada@example.org',
      password: 'correct horse battery',
    });
    request.flush({
      user: {
        id: 'u1',
        email: 'ada@example.org',
        name: 'Ada',
        role: 'admin',
        locale: 'en',
        createdAt: '',
      },
    });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/startups?q=solar');
  });

  it('says when email or password is wrong', async () => {
    await submit('ada@example.org', 'wrong');
    http
      .expectOne('/api/v1/auth/sign-in')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await harness.fixture.whenStable();

    expect(el().querySelector('[data-testid="sign-in-error"]')?.textContent?.trim()).toBe(
      'Email or password is wrong.',
    );
  });

  it('asks to wait after too many attempts', async () => {
    await submit('ada@example.org', 'wrong');
    http
      .expectOne('/api/v1/auth/sign-in')
      .flush(
        { statusCode: 429, error: 'Too Many Requests', message: 'ThrottlerException' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await harness.fixture.whenStable();

    expect(el().querySelector('[data-testid="sign-in-error"]')?.textContent?.trim()).toBe(
      'Too many attempts, try again in a few minutes.',
    );
  });

  it('fetches a fresh CSRF cookie and tries once more when the API refuses the token', async () => {
    await submit('ada@example.org', 'correct horse battery');
    http
      .expectOne('/api/v1/auth/sign-in')
      .flush(
        { statusCode: 403, error: 'Forbidden', message: 'CSRF token missing' },
        { status: 403, statusText: 'Forbidden' },
      );
    http
      .expectOne('/api/v1/auth/session')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Not signed in' },
        { status: 401, statusText: 'Unauthorized' },
      );
    http.expectOne('/api/v1/auth/sign-in').flush({
      user: {
        id: 'u1',
        email: 'ada@example.org',
        name: 'Ada',
        role: 'viewer',
        locale: 'en',
        createdAt: '',
      },
    });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/startups?q=solar');
  });

  it('does not send an empty form', async () => {
    await submit('', '');
    await harness.fixture.whenStable();
    http.expectNone('/api/v1/auth/sign-in');
    expect(el().querySelectorAll('mat-error')).toHaveLength(2);
  });
});
