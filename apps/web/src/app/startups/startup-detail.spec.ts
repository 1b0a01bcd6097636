import { beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role, Startup, StartupContact } from '@kohorte/contracts';
import {
  nextRequest,
  provideTestEnvironment,
  settle,
  TEST_VOCABULARIES,
} from '../../testing/test-providers';
import { SessionStore } from '../core/auth/session';
import { LanguageSwitch } from '../core/i18n/language-switch';
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
  tags: ['EXIST', 'Batch 2025'],
  status: 'active',
  profileCompleteness: null,
  createdAt: '2024-01-01T10:00:00.000Z',
  updatedAt: '2024-03-01T10:00:00.000Z',
};

const JANA: StartupContact = {
  id: 'c1',
  startupId: 's1',
  fullName: 'Jana Schneider',
  email: 'jana@acme.example',
  role: 'CEO',
  phone: null,
  isFounder: true,
  mentorId: 'm1',
  createdAt: '2024-01-01T10:00:00.000Z',
  updatedAt: '2024-01-01T10:00:00.000Z',
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
    (await nextRequest(http, (url) => url === '/api/v1/startups/s1/contacts')).flush([JANA]);
    (await nextRequest(http, (url) => url === '/api/v1/timeline')).flush({
      items: [],
      total: 0,
      page: 1,
      pageSize: 20,
    });
    await harness.fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter(
          [
            { path: 'startups/:id', component: StartupDetail },
            { path: 'startups', children: [] },
          ],
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
    expect(text).toContain('01/07/2019');
    expect(text).toContain('not computed yet');
  });

  it('writes its dates and amounts as the language menu’s choice does, without a reload', async () => {
    await openAs('manager');
    const menu = TestBed.createComponent(LanguageSwitch);
    await menu.whenStable();
    const pick = async (locale: string) => {
      (menu.nativeElement as HTMLElement)
        .querySelector<HTMLButtonElement>('[data-testid="language-switch"]')!
        .click();
      await settle();
      document
        .querySelector<HTMLButtonElement>(`[data-testid="language-option-${locale}"]`)!
        .click();
      await harness.fixture.whenStable();
      return (el().textContent ?? '').replace(/\s/g, ' ');
    };

    // Created 2024-01-01T10:00Z, seen in New York (the tests' zone): 5 in the morning.
    let text = await pick('en-US');
    expect(text).toContain('7/1/2019');
    expect(text).toContain('1/1/2024, 5:00 AM');
    expect(text).toContain('€250,000');

    text = await pick('en-GB');
    expect(text).toContain('01/07/2019');
    expect(text).toContain('01/01/2024, 05:00');

    text = await pick('de');
    expect(text).toContain('01.07.2019');
    expect(text).toContain('01.01.2024, 05:00');
    expect(text).toContain('250.000 €');
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

  it('shows the tags, the founders (with the mentor link) and the timeline', async () => {
    await openAs('viewer');
    const tags = [...el().querySelectorAll('[data-testid="startup-tags"] mat-chip')];
    expect(tags.map((chip) => chip.textContent?.trim())).toEqual(['EXIST', 'Batch 2025']);
    const contact = el().querySelector('[data-testid="contact-row"]');
    expect(contact?.textContent).toContain('Jana Schneider');
    expect(contact?.textContent).toContain('Founder');
    expect(
      contact?.querySelector('[data-testid="contact-mentor-link"]')?.getAttribute('href'),
    ).toBe('/mentors/m1');
    expect(el().querySelector('[data-testid="add-contact"]')).toBeNull();
    expect(el().querySelector('[data-testid="timeline"]')).not.toBeNull();
    expect(el().querySelector('[data-testid="note-input"]')).toBeNull();
  });

  it('does not offer erasure to managers', async () => {
    await openAs('manager');
    expect(el().querySelector('[data-testid="delete-startup"]')).toBeNull();
  });

  it('erases the startup when an admin confirms, then shows the list', async () => {
    await openAs('admin');
    el().querySelector<HTMLButtonElement>('[data-testid="delete-startup"]')!.click();
    await settle();
    await harness.fixture.whenStable();
    expect(document.body.textContent).toContain('Delete Acme Solar?');
    document.querySelector<HTMLButtonElement>('[data-testid="confirm"]')!.click();
    await settle();
    http.expectOne({ method: 'DELETE', url: '/api/v1/startups/s1' }).flush(null);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/startups');
  });
});
