import { beforeEach, describe, expect, it } from '@jest/globals';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiErrorBody, Mentor } from '@kohorte/contracts';
import { provideTestEnvironment, settle, TEST_VOCABULARIES } from '../../testing/test-providers';
import { MentorFormPage } from './mentor-form';

@Component({ selector: 'app-page', template: 'detail' })
class DetailStub {}

describe('MentorFormPage', () => {
  let http: HttpTestingController;
  let router: Router;
  let harness: RouterTestingHarness;

  const el = () => harness.routeNativeElement as HTMLElement;
  const field = (name: string) =>
    el().querySelector<HTMLInputElement>(`input[formControlName="${name}"]`)!;
  const errorOf = (name: string) =>
    field(name).closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();

  async function type(name: string, value: string): Promise<void> {
    const input = field(name);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await harness.fixture.whenStable();
  }

  async function save(): Promise<void> {
    el().querySelector<HTMLButtonElement>('[data-testid="mentor-save"]')!.click();
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter(
          [
            { path: 'mentors/new', component: MentorFormPage },
            { path: 'mentors/:id', component: DetailStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/mentors/new', MentorFormPage);
    http.expectOne('/api/v1/vocabularies').flush(TEST_VOCABULARIES);
    await harness.fixture.whenStable();
  });

  it('shows a taken email (409) at the email field and stays on the form', async () => {
    await type('fullName', 'Ada Berger');
    await type('email', 'ada@example.org');
    await save();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/mentors' });
    const body: ApiErrorBody = {
      statusCode: 409,
      error: 'Conflict',
      message: 'Another mentor already has the email address ada@example.org',
      errors: [
        {
          field: 'email',
          messages: ['Another mentor already has the email address ada@example.org'],
        },
      ],
    };
    request.flush(body, { status: 409, statusText: 'Conflict' });
    await harness.fixture.whenStable();

    expect(errorOf('email')).toBe('Another mentor already has the email address ada@example.org');
    expect(el().querySelector('[data-testid="form-error"]')).toBeNull();
    expect(router.url).toBe('/mentors/new');
  });

  it('sends the typed window as calendar days, then opens the new mentor', async () => {
    await type('fullName', ' Ada Berger ');
    await type('email', 'ada@example.org');
    await type('capacity', '3');
    await type('availableFrom', '2026-03-15');
    await type('availableUntil', '2026-09-30');
    await save();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/mentors' });
    expect(request.request.body).toMatchObject({
      fullName: 'Ada Berger',
      email: 'ada@example.org',
      capacity: 3,
      availableFrom: '2026-03-15',
      availableUntil: '2026-09-30',
      phone: null,
      tags: [],
    });
    request.flush({ id: 'm1', fullName: 'Ada Berger' } as Mentor);
    await settle();
    expect(router.url).toBe('/mentors/m1');
  });

  it('does not send a window that ends before it starts', async () => {
    await type('fullName', 'Ada Berger');
    await type('email', 'ada@example.org');
    await type('availableFrom', '2026-03-15');
    await type('availableUntil', '2026-03-14');
    await save();

    http.expectNone({ method: 'POST', url: '/api/v1/mentors' });
    expect(errorOf('availableUntil')).toBe('Must not be before the start');
    expect(el().querySelector('[data-testid="form-error"]')?.textContent).toMatch(/correct/);
  });
});
