import { beforeEach, describe, expect, it } from '@jest/globals';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Mentor, Page, Role } from '@kohorte/contracts';
import {
  nextRequest,
  provideTestEnvironment,
  settle,
  TEST_VOCABULARIES,
} from '../../testing/test-providers';
import { SessionStore } from '../core/auth/session';
import { MentorList } from './mentor-list';

@Component({ selector: 'app-page', template: 'detail' })
class DetailStub {}

function mentor(overrides: Partial<Mentor>): Mentor {
  return {
    id: 'm1',
    fullName: 'Ada Berger',
    email: 'ada@example.org',
    phone: null,
    company: 'Berger Consulting',
    jobTitle: 'Partner',
    bio: null,
    expertise: ['sales'],
    sectors: [],
    stages: [],
    languages: [],
    city: 'Leipzig',
    capacity: 2,
    availableFrom: null,
    availableUntil: null,
    status: 'active',
    tags: ['EXIST'],
    load: 2,
    offered: 0,
    archivedAt: null,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-02T10:00:00.000Z',
    ...overrides,
  };
}

function paramsOf(request: TestRequest): Record<string, string> {
  const params = request.request.params;
  return Object.fromEntries(params.keys().map((key) => [key, params.get(key) ?? '']));
}

describe('MentorList', () => {
  let http: HttpTestingController;
  let router: Router;
  let harness: RouterTestingHarness;

  const el = () => harness.routeNativeElement as HTMLElement;
  const listRequest = () => nextRequest(http, (url) => url === '/api/v1/mentors');

  function signInAs(role: Role): void {
    TestBed.inject(SessionStore).signIn({ email: 'ada@example.org', password: 'x' }).subscribe();
    http.expectOne('/api/v1/auth/sign-in').flush({
      user: { id: 'u1', email: 'ada@example.org', name: 'Ada', role, locale: 'en', createdAt: '' },
    });
  }

  /** Opens the list at `url` and answers its first request with `result`. */
  async function open(url: string, result: Page<Mentor>): Promise<TestRequest> {
    const navigation = harness.navigateByUrl(url, MentorList);
    const request = await listRequest();
    http.expectOne('/api/v1/vocabularies').flush(TEST_VOCABULARIES);
    request.flush(result);
    await navigation;
    await harness.fixture.whenStable();
    // The saved-views menu loads the user's views; this list does not depend on them.
    for (const views of http.match((req) => req.url === '/api/v1/saved-views')) views.flush([]);
    return request;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter([
          { path: 'mentors', component: MentorList },
          { path: 'mentors/:id', component: DetailStub },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });

  it('asks the API for exactly the view the URL describes', async () => {
    signInAs('manager');
    const request = await open(
      '/mentors?q=ada&topic=sales&hasCapacity=true&archived=true&sort=capacity&order=desc&page=2',
      { items: [mentor({})], total: 26, page: 2, pageSize: 25 },
    );
    expect(paramsOf(request)).toEqual({
      q: 'ada',
      topic: 'sales',
      hasCapacity: 'true',
      archived: 'true',
      sort: 'capacity',
      order: 'desc',
      page: '2',
      pageSize: '25',
    });
    expect(el().querySelector<HTMLInputElement>('[data-testid="mentor-search"]')?.value).toBe(
      'ada',
    );
    // The export takes the same view, without its paging.
    const exportLink = el().querySelector<HTMLAnchorElement>('[data-testid="export-csv"]');
    expect(exportLink?.getAttribute('href')).toContain('topic=sales');
    expect(exportLink?.getAttribute('href')).not.toContain('page=');
  });

  it('shows expertise labels, load against capacity and tags; a tag filters the list', async () => {
    signInAs('manager');
    await open('/mentors', { items: [mentor({})], total: 1, page: 1, pageSize: 25 });
    const row = el().querySelector('[data-testid="mentor-row"]')!;
    expect(row.textContent).toContain('Ada Berger');
    expect(row.textContent).toContain('Sales');
    expect(row.textContent).toContain('2 / 2');
    expect(row.textContent).toContain('2 taken, 0 offered, 0 proposed, of 2 places');
    expect(el().querySelector('[data-testid="mentor-new"]')).not.toBeNull();

    row.querySelector<HTMLButtonElement>('button.tag')!.click();
    await settle();
    expect(router.url).toBe('/mentors?tag=EXIST');
    const request = await listRequest();
    expect(paramsOf(request)['tag']).toBe('EXIST');
  });

  it('counts open offers in the load, apart from live mentorships', async () => {
    signInAs('manager');
    await open('/mentors', {
      items: [mentor({ load: 0, offered: 2, capacity: 3 })],
      total: 1,
      page: 1,
      pageSize: 25,
    });
    const figure = el().querySelector('[data-testid="mentor-row"] [data-testid="load-figure"]')!;
    expect(figure.textContent?.replace(/\s+/g, ' ')).toContain('0 + 2 offered / 3');
    expect(figure.classList.contains('full')).toBe(false);
  });

  it('hides "New mentor" from viewers', async () => {
    signInAs('viewer');
    await open('/mentors', { items: [], total: 0, page: 1, pageSize: 25 });
    expect(el().querySelector('[data-testid="mentor-new"]')).toBeNull();
    expect(el().querySelector('[data-testid="mentors-empty"]')?.textContent).toContain(
      'No mentors yet.',
    );
  });
});
