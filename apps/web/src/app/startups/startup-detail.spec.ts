import { beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role, Startup } from '@kohorte/contracts';
import {
  nextRequest,
  provideTestEnvironment,
  TEST_VOCABULARIES,
} from '../../testing/test-providers';
import { SessionStore } from '../core/auth/session';
import { StartupDetail } from './startup-detail';

const STORED: Startup = {
  id: 's1',
  name: 'Acme Solar',
  oneLiner: 'Solar for every roof',
  description: 'Panels and financing.',
  website: 'https://acme.example',
  foundedOn: '2019-07-01',
  stage: 'seed',
  sectors: ['fintech', 'health'],
  teamSize: 4,
  city: 'Leipzig',
  fundingRaisedEur: 250000,
  fundingSoughtEur: null,
  languages: ['de', 'en'],
  topics: ['sales'],
  status: 'active',
  profileCompleteness: null,
  createdAt: '2024-01-01T10:00:00.000Z',
  updatedAt: '2024-03-01T10:00:00.000Z',
};

describe('StartupDetail', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const el = () => harness.routeNativeElement as HTMLElement;

  async function openAs(role: Role, startup: Startup = STORED): Promise<void> {
    TestBed.inject(SessionStore).signIn({ email: 'a@example.org', password: 'x' }).subscribe();
    http.expectOne('/api/v1/auth/sign-in').flush({
      user: { id: 'u1', email: 'a@example.org', name: 'Ada', role, locale: 'en', createdAt: '' },
    });
    const navigation = harness.navigateByUrl('/startups/s1', StartupDetail);
    (await nextRequest(http, (url) => url === '/api/v1/startups/s1')).flush(startup);
    http.expectOne('/api/v1/vocabularies').flush(TEST_VOCABULARIES);
    await navigation;
    await harness.fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter(
          [{ path: 'startups/:id', component: StartupDetail }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  it('shows the fields with vocabulary labels and formatted figures', async () => {
    await openAs('manager');
    const text = el().textContent ?? '';
    expect(text).toContain('Acme Solar');
    expect(text).toContain('Seed');
    expect(text).toContain('Fintech');
    expect(text).toContain('German, English');
    expect(text).toContain('€250,000');
    expect(text).toContain('July 1, 2019');
    expect(text).toContain('not computed yet');
  });

  it('archives, then offers to restore', async () => {
    await openAs('manager');
    el().querySelector<HTMLButtonElement>('[data-testid="archive-startup"]')!.click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/startups/s1/archive' })
      .flush({ ...STORED, status: 'archived' });
    await harness.fixture.whenStable();

    expect(el().querySelector('[data-testid="archive-startup"]')).toBeNull();
    expect(el().querySelector('[data-testid="restore-startup"]')).not.toBeNull();
    expect(el().querySelector('[data-testid="startup-status"]')?.textContent?.trim()).toBe(
      'Archived',
    );
  });

  it('lets viewers read but offers them no changes', async () => {
    await openAs('viewer');
    expect(el().textContent).toContain('Acme Solar');
    expect(el().querySelector('[data-testid="edit-startup"]')).toBeNull();
    expect(el().querySelector('[data-testid="archive-startup"]')).toBeNull();
  });

  it('says the startup does not exist for an unknown id', async () => {
    const navigation = harness.navigateByUrl('/startups/s1', StartupDetail);
    (await nextRequest(http, (url) => url === '/api/v1/startups/s1')).flush(
      { statusCode: 404, error: 'Not Found', message: 'Startup not found' },
      { status: 404, statusText: 'Not Found' },
    );
    http.expectOne('/api/v1/vocabularies').flush(TEST_VOCABULARIES);
    await navigation;
    await harness.fixture.whenStable();

    expect(el().querySelector('[role="alert"]')?.textContent).toContain(
      'This startup does not exist',
    );
    expect(el().querySelector('h1')).toBeNull();
  });
});
