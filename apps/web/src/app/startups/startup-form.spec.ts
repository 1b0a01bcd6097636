import { beforeEach, describe, expect, it } from '@jest/globals';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiErrorBody, Startup } from '@kohorte/contracts';
import {
  nextRequest,
  provideTestEnvironment,
  settle,
  TEST_VOCABULARIES,
} from '../../testing/test-providers';
import { StartupFormPage } from './startup-form';

@Component({ selector: 'app-page', template: 'detail' })
class DetailStub {}

const STORED: Startup = {
  id: 's1',
  name: 'Acme Solar',
  oneLiner: 'Solar for every roof',
  description: null,
  website: 'https://acme.example',
  foundedOn: '2019-07-01',
  stage: 'seed',
  sectors: ['fintech'],
  teamSize: 4,
  city: 'Leipzig',
  fundingRaisedEur: 100000,
  fundingSoughtEur: null,
  languages: ['de'],
  topics: [],
  tags: [],
  status: 'active',
  profileCompleteness: 70,
  createdAt: '2024-01-01T10:00:00.000Z',
  updatedAt: '2024-03-01T10:00:00.000Z',
};

describe('StartupFormPage', () => {
  let http: HttpTestingController;
  let router: Router;
  let harness: RouterTestingHarness;

  const el = () => harness.routeNativeElement as HTMLElement;
  const field = (name: string) =>
    el().querySelector<HTMLInputElement>(`[formControlName="${name}"]`)!;
  const fieldOf = (name: string) => field(name).closest('mat-form-field') as HTMLElement;

  async function type(name: string, value: string): Promise<void> {
    const input = field(name);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await harness.fixture.whenStable();
  }

  async function save(): Promise<void> {
    el().querySelector<HTMLButtonElement>('[data-testid="save-startup"]')!.click();
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter(
          [
            { path: 'startups/new', component: StartupFormPage },
            { path: 'startups/:id/edit', component: StartupFormPage },
            { path: 'startups/:id', component: DetailStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });

  async function openNew(): Promise<void> {
    await harness.navigateByUrl('/startups/new', StartupFormPage);
    http.expectOne('/api/v1/vocabularies').flush(TEST_VOCABULARIES);
    await harness.fixture.whenStable();
  }

  it('shows the API’s field error next to the field it names', async () => {
    await openNew();
    await type('name', 'Acme Solar');
    await type('website', 'www.acme.example');
    await type('city', 'Leipzig');
    await save();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/startups' });
    expect(request.request.body).toMatchObject({ name: 'Acme Solar', website: 'www.acme.example' });
    // A coded reason is rendered in the page's language; words without a code are shown as sent.
    const body: ApiErrorBody = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Some fields are invalid',
      errors: [
        {
          field: 'website',
          code: 'notUrl',
          params: { value: 'www.acme.example' },
          messages: ['(English words the form does not show)'],
        },
        { field: 'city', messages: ['city is not served here'] },
      ],
    };
    request.flush(body, { status: 400, statusText: 'Bad Request' });
    await harness.fixture.whenStable();

    expect(fieldOf('website').querySelector('mat-error')?.textContent?.trim()).toBe(
      '"www.acme.example" is not a web address (e.g. www.example.com)',
    );
    expect(fieldOf('city').querySelector('mat-error')?.textContent?.trim()).toBe(
      'city is not served here',
    );
    expect(fieldOf('name').querySelector('mat-error')).toBeNull();
    expect(el().querySelector('[data-testid="form-error"]')).toBeNull();
    expect(router.url).toBe('/startups/new');
  });

  it('sends a typed date as that calendar day and empty fields as null, then opens the detail', async () => {
    await openNew();
    await type('name', '  Beta  ');
    await type('foundedOn', '2021-03-15');
    await type('teamSize', '3');
    await save();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/startups' });
    expect(request.request.body).toEqual({
      name: 'Beta',
      oneLiner: null,
      description: null,
      website: null,
      foundedOn: '2021-03-15',
      stage: null,
      sectors: [],
      teamSize: 3,
      city: null,
      fundingRaisedEur: null,
      fundingSoughtEur: null,
      languages: [],
      topics: [],
      tags: [],
    });
    request.flush(
      { ...STORED, id: 'new-id', name: 'Beta' },
      { status: 201, statusText: 'Created' },
    );
    await settle();

    expect(router.url).toBe('/startups/new-id');
  });

  it('does not send a form that fails the client-side checks', async () => {
    await openNew();
    await type('teamSize', '-2');
    await save();
    await harness.fixture.whenStable();

    http.expectNone('/api/v1/startups');
    expect(fieldOf('name').querySelector('mat-error')?.textContent?.trim()).toBe('is required');
    expect(fieldOf('teamSize').querySelector('mat-error')?.textContent?.trim()).toBe(
      '-2 is less than 0',
    );
    expect(el().querySelector('[data-testid="form-error"]')?.textContent).toContain(
      'Please correct the marked fields.',
    );
  });

  it('edits a stored startup and sends its changes with PATCH', async () => {
    const navigation = harness.navigateByUrl('/startups/s1/edit', StartupFormPage);
    (await nextRequest(http, (url) => url === '/api/v1/startups/s1')).flush(STORED);
    http.expectOne('/api/v1/vocabularies').flush(TEST_VOCABULARIES);
    await navigation;
    await harness.fixture.whenStable();

    expect(field('name').value).toBe('Acme Solar');
    // British English, the reader's form when nothing else was chosen.
    expect(field('foundedOn').value).toBe('01/07/2019');
    expect(el().querySelector('h1')?.textContent).toContain('Edit Acme Solar');

    await type('city', 'Halle (Saale)');
    await type('oneLiner', '');
    await save();

    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/startups/s1' });
    expect(request.request.body).toMatchObject({
      name: 'Acme Solar',
      oneLiner: null,
      city: 'Halle (Saale)',
      foundedOn: '2019-07-01',
      sectors: ['fintech'],
      fundingRaisedEur: 100000,
    });
    request.flush({ ...STORED, city: 'Halle (Saale)' });
    await settle();
    expect(router.url).toBe('/startups/s1');
  });
});
