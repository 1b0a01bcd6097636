import { beforeEach, describe, expect, it } from '@jest/globals';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Page, Role, Startup } from '@kohorte/contracts';
import {
  nextRequest,
  provideTestEnvironment,
  renderDeferred,
  settle,
  TEST_VOCABULARIES,
} from '../../testing/test-providers';
import { SessionStore } from '../core/auth/session';
import { StartupList } from './startup-list';

@Component({ selector: 'app-page', template: 'detail' })
class DetailStub {}

function startup(overrides: Partial<Startup>): Startup {
  return {
    id: 's1',
    name: 'Acme Solar',
    oneLiner: 'Solar for every roof',
    description: null,
    website: null,
    foundedOn: '2020-05-01',
    stage: 'seed',
    sectors: ['fintech', 'health'],
    teamSize: 4,
    city: 'Leipzig',
    fundingRaisedEur: null,
    fundingSoughtEur: null,
    languages: [],
    topics: [],
    tags: [],
    status: 'active',
    profileCompleteness: 80,
    createdAt: '2024-01-01T10:00:00.000Z',
    updatedAt: '2024-03-01T10:00:00.000Z',
    ...overrides,
  };
}

function page(items: Startup[], total = items.length, pageNo = 1, pageSize = 25): Page<Startup> {
  return { items, total, page: pageNo, pageSize };
}

function paramsOf(request: TestRequest): Record<string, string> {
  const params = request.request.params;
  return Object.fromEntries(params.keys().map((key) => [key, params.get(key) ?? '']));
}

describe('StartupList', () => {
  let http: HttpTestingController;
  let router: Router;
  let harness: RouterTestingHarness;

  const listRequest = () => nextRequest(http, (url) => url === '/api/v1/startups');
  const el = () => harness.routeNativeElement as HTMLElement;

  async function signInAs(role: Role): Promise<void> {
    TestBed.inject(SessionStore).signIn({ email: 'ada@example.org', password: 'x' }).subscribe();
    http.expectOne('/api/v1/auth/sign-in').flush({
      user: { id: 'u1', email: 'ada@example.org', name: 'Ada', role, locale: 'en', createdAt: '' },
    });
  }

  /** Opens the list at `url` and answers its first request with `result`. */
  async function open(url: string, result: Page<Startup>): Promise<TestRequest> {
    const navigation = harness.navigateByUrl(url, StartupList);
    const request = await listRequest();
    http.expectOne('/api/v1/vocabularies').flush(TEST_VOCABULARIES);
    request.flush(result);
    await navigation;
    await harness.fixture.whenStable();
    await renderDeferred(harness.fixture);
    return request;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter([
          { path: 'startups', component: StartupList },
          { path: 'startups/:id', component: DetailStub },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
    await signInAs('manager');
  });

  it('draws the filter bar with the view’s values until its fields load', async () => {
    const navigation = harness.navigateByUrl(
      '/startups?q=solar&stage=seed&status=archived',
      StartupList,
    );
    const request = await listRequest();
    http.expectOne('/api/v1/vocabularies').flush(TEST_VOCABULARIES);
    request.flush(page([startup({})]));
    await navigation;
    await harness.fixture.whenStable();

    const facades = [...el().querySelectorAll('.filters-slot .field-facade')].map((field) => [
      field.querySelector('.facade-label')?.textContent?.trim(),
      field.querySelector('.facade-value')?.textContent?.trim() ?? null,
    ]);
    expect(facades).toEqual([
      ['Search', 'solar'],
      ['Stage', 'Seed'],
      ['Sector', null],
      ['City', null],
      ['Tag', null],
      ['Status', 'Archived'],
    ]);
    expect(el().querySelector('.filters-slot')?.getAttribute('aria-hidden')).toBe('true');
    expect(el().querySelector('[data-testid="startup-search"]')).toBeNull();

    // A tap on a stand-in while the bar loads is not lost: its field has the focus then.
    const city = [...el().querySelectorAll<HTMLElement>('.filters-slot .field-facade')][3];
    city.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await renderDeferred(harness.fixture);
    await harness.fixture.whenStable();
    expect(el().querySelector('.filters-slot')).toBeNull();
    expect(el().querySelector<HTMLInputElement>('[data-testid="startup-search"]')?.value).toBe(
      'solar',
    );
    expect(document.activeElement?.getAttribute('data-testid')).toBe('filter-city');
  });

  it('asks the API for exactly the view the URL describes', async () => {
    const request = await open(
      '/startups?q=solar&stage=seed&sort=city&order=desc&page=2&pageSize=10',
      page([startup({})], 11, 2, 10),
    );

    expect(paramsOf(request)).toEqual({
      q: 'solar',
      stage: 'seed',
      status: 'active',
      sort: 'city',
      order: 'desc',
      page: '2',
      pageSize: '10',
    });
    const search = el().querySelector<HTMLInputElement>('[data-testid="startup-search"]');
    expect(search?.value).toBe('solar');
    expect(el().querySelector('.mat-mdc-paginator-range-label')?.textContent?.trim()).toBe(
      '11 – 11 of 11',
    );
  });

  it('shows each startup with vocabulary labels, completeness and its one-liner', async () => {
    await open(
      '/startups',
      page([
        startup({}),
        startup({ id: 's2', name: 'Beta', stage: null, profileCompleteness: null }),
      ]),
    );

    const rows = el().querySelectorAll('[data-testid="startup-row"]');
    expect(rows).toHaveLength(2);
    const first = rows[0].textContent ?? '';
    expect(first).toContain('Acme Solar');
    expect(first).toContain('Solar for every roof');
    expect(first).toContain('Seed');
    expect(first).toContain('Fintech, Health');
    expect(first).toContain('80%');
    expect(rows[1].querySelector('.mat-column-completeness')?.textContent?.trim()).toBe('–');
  });

  it('requests the next page from the paginator and keeps it in the URL', async () => {
    await open('/startups?stage=seed', page([startup({})], 60));

    el().querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')?.click();
    const request = await listRequest();

    expect(paramsOf(request)).toMatchObject({ stage: 'seed', page: '2', pageSize: '25' });
    expect(router.url).toBe('/startups?stage=seed&page=2');
    // While the next page loads, the current one stays (the paginator does not jump).
    expect(el().querySelectorAll('[data-testid="startup-row"]')).toHaveLength(1);
    request.flush(page([], 60, 2));
  });

  it('pages by the cursors the API hands out, and says "more than" when the count stopped', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => startup({ id: `s${i}` }));
    const more = { totalExact: false, previousCursor: null, nextCursor: 'c2' };
    await open('/startups?stage=seed', { ...page(rows, 10_000), ...more });
    const label = () => el().querySelector('.mat-mdc-paginator-range-label')?.textContent?.trim();
    expect(label()).toBe('1 – 25 of more than 10,000');
    // The last page is unknown while the count is not exact.
    expect(el().querySelector('.mat-mdc-paginator-navigation-last')).toBeNull();

    el().querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')?.click();
    const second = await listRequest();
    expect(paramsOf(second)).toMatchObject({ stage: 'seed', page: '2', cursor: 'c2' });
    expect(router.url).toBe('/startups?stage=seed&page=2&cursor=c2');
    second.flush({ ...page(rows, 10_000, 2), ...more, previousCursor: 'p1', nextCursor: 'c3' });
    await harness.fixture.whenStable();
    expect(label()).toBe('26 – 50 of more than 10,000');

    // Back to page 1 by number: its URL is the list's own.
    el().querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-previous')?.click();
    const first = await listRequest();
    expect(paramsOf(first)).not.toHaveProperty('cursor');
    expect(router.url).toBe('/startups?stage=seed');
    first.flush({ ...page(rows, 10_000), ...more });
  });

  it('sorts on the server when a column header is clicked, starting again at page 1', async () => {
    await open('/startups?page=3', page([startup({})], 80, 3));

    el().querySelector<HTMLElement>('th.mat-column-city')?.click();
    const request = await listRequest();

    expect(paramsOf(request)).toMatchObject({ sort: 'city', order: 'asc', page: '1' });
    expect(router.url).toBe('/startups?sort=city');
    request.flush(page([]));
  });

  it('searches once typing pauses', async () => {
    await open('/startups', page([startup({})]));
    const search = el().querySelector<HTMLInputElement>('[data-testid="startup-search"]')!;

    search.value = 'sol';
    search.dispatchEvent(new Event('input'));
    search.value = 'solar';
    search.dispatchEvent(new Event('input'));
    await settle(100);
    http.expectNone('/api/v1/startups');

    await settle(300);
    const request = await listRequest();
    expect(paramsOf(request)).toMatchObject({ q: 'solar', page: '1' });
    expect(router.url).toBe('/startups?q=solar');
    // Until the answer comes, the rows of the previous search are not shown as its result.
    await harness.fixture.whenStable();
    expect(el().querySelectorAll('[data-testid="startup-row"]')).toHaveLength(0);
    request.flush(page([startup({ id: 's9', name: 'Solar Two' })]));
    await harness.fixture.whenStable();
    expect(el().querySelectorAll('[data-testid="startup-row"]')).toHaveLength(1);
  });

  it('filters by stage from the vocabulary select', async () => {
    await open('/startups', page([startup({})]));

    el()
      .querySelector<HTMLElement>('[data-testid="filter-stage"] .mat-mdc-select-trigger')
      ?.click();
    await harness.fixture.whenStable();
    const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find(
      (o) => o.textContent?.trim() === 'Pre-seed',
    );
    option?.click();
    const request = await listRequest();

    expect(paramsOf(request)).toMatchObject({ stage: 'pre-seed', page: '1' });
    request.flush(page([]));
  });

  it('says so when nothing matches, and offers to clear the filters', async () => {
    await open('/startups?city=Halle&status=archived', page([]));

    expect(el().querySelector('[data-testid="startups-empty"]')?.textContent).toContain(
      'No startups match these filters.',
    );
    const clear = Array.from(el().querySelectorAll<HTMLButtonElement>('button')).find((b) =>
      b.textContent?.includes('Clear filters'),
    );
    clear?.click();
    const request = await listRequest();
    expect(paramsOf(request)).toEqual({
      status: 'active',
      sort: 'name',
      order: 'asc',
      page: '1',
      pageSize: '25',
    });
    request.flush(page([]));
  });

  it('opens the detail page when a row is clicked', async () => {
    await open('/startups', page([startup({ id: 'abc' })]));

    el().querySelector<HTMLElement>('[data-testid="startup-row"]')?.click();
    await settle();

    expect(router.url).toBe('/startups/abc');
  });

  it('offers "New startup" to managers but not to viewers', async () => {
    await open('/startups', page([]));
    expect(el().querySelector('[data-testid="new-startup"]')).not.toBeNull();

    await signInAs('viewer');
    await harness.fixture.whenStable();
    expect(el().querySelector('[data-testid="new-startup"]')).toBeNull();
  });

  it('filters by a tag from the URL and by a tag clicked in a row, showing tags as a column', async () => {
    const first = await open(
      '/startups?tag=EXIST',
      page([startup({ tags: ['EXIST', 'Batch 2025'] })]),
    );
    expect(paramsOf(first)).toMatchObject({ tag: 'EXIST' });
    expect(el().querySelector<HTMLInputElement>('[data-testid="filter-tag"]')?.value).toBe('EXIST');

    const tagButtons = el().querySelectorAll<HTMLButtonElement>('.mat-column-tags button.tag');
    expect([...tagButtons].map((b) => b.textContent?.trim())).toEqual(['EXIST', 'Batch 2025']);
    tagButtons[1].click();
    const request = await listRequest();
    expect(paramsOf(request)).toMatchObject({ tag: 'Batch 2025', page: '1' });
    // The click filters; it does not open the row.
    expect(router.url).toBe('/startups?tag=Batch%202025');
    request.flush(page([]));
  });

  it('opens a saved view with its parameters, and offers the current one to save and export', async () => {
    await open('/startups?city=Jena&page=2', page([startup({})], 30, 2));
    expect(
      el().querySelector<HTMLAnchorElement>('[data-testid="export-csv"]')?.getAttribute('href'),
    ).toBe('/api/v1/exports/startups.csv?city=Jena');

    el().querySelector<HTMLButtonElement>('[data-testid="saved-filters"]')!.click();
    http
      .expectOne((req) => req.url === '/api/v1/saved-views')
      .flush([
        {
          id: 'f1',
          list: 'startups',
          name: 'Seed',
          query: { stage: 'seed', sort: 'updatedAt' },
          createdAt: '2025-01-01T00:00:00.000Z',
        },
      ]);
    await harness.fixture.whenStable();
    document.querySelector<HTMLButtonElement>('[data-testid="saved-filter"]')!.click();
    const request = await listRequest();
    expect(paramsOf(request)).toMatchObject({ stage: 'seed', sort: 'updatedAt', page: '1' });
    expect(paramsOf(request)['city']).toBeUndefined();
    expect(router.url).toBe('/startups?stage=seed&sort=updatedAt');
    request.flush(page([]));
  });
});
