import { afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Dashboard } from '@kohorte/contracts';
import { nextRequest, provideTestEnvironment, settle } from '../../testing/test-providers';
import { LanguageService } from '../core/i18n/language';
import { DashboardPage } from './dashboard';

const DASHBOARD: Dashboard = {
  runningCohorts: [
    {
      id: 'c1',
      name: 'Accelerator 2026/2',
      programme: { id: 'p1', name: 'Leipzig Accelerator' },
      startsOn: '2026-03-01',
      endsOn: '2026-08-31',
      capacity: 12,
      counts: { applied: 0, accepted: 1, active: 2, alumni: 0, dropped: 1 },
      mentorCount: 4,
    },
  ],
  calls: [
    {
      id: 'k1',
      cohort: { id: 'c1', name: 'Accelerator 2026/2' },
      opensAt: '2026-01-10T09:00:00.000Z',
      closesAt: '2026-02-28T22:59:00.000Z',
      open: true,
      funnel: {
        started: 3,
        applied: 40,
        eligible: 30,
        reviewed: 12,
        accepted: 5,
        waitlisted: 2,
        rejected: 4,
        medianDaysToDecision: 6.5,
        maxDaysToDecision: 11,
      },
      reviews: { submitted: 36, assigned: 90 },
    },
    {
      id: 'k0',
      cohort: { id: 'c0', name: 'Accelerator 2026/1' },
      opensAt: '2025-07-01T09:00:00.000Z',
      closesAt: '2025-08-31T21:59:00.000Z',
      open: false,
      funnel: {
        started: 0,
        applied: 0,
        eligible: 0,
        reviewed: 0,
        accepted: 0,
        waitlisted: 0,
        rejected: 0,
        medianDaysToDecision: null,
        maxDaysToDecision: null,
      },
      reviews: { submitted: 0, assigned: 0 },
    },
  ],
  mentorsWithCapacity: {
    total: 12,
    items: [
      {
        id: 'm6',
        fullName: 'Ada Lovelace',
        company: 'Elster GmbH',
        capacity: 4,
        load: 1,
        offered: 0,
        free: 3,
      },
    ],
  },
  recentChanges: [
    {
      id: 'a1',
      subjectType: 'mentor',
      subjectId: 'm6',
      subjectName: 'Ada Lovelace',
      kind: 'updated',
      actor: { id: 'u1', name: 'Maria Manager' },
      actorLabel: null,
      fields: ['company', 'city'],
      createdAt: '2026-05-04T10:15:00.000Z',
    },
  ],
  attention: {
    startupsWithoutMentor: {
      total: 11,
      items: [
        {
          startup: { id: 's2', name: 'Auwald Analytics' },
          cohort: { id: 'c1', name: 'Accelerator 2026/2' },
        },
      ],
    },
    mentorsOverCapacity: {
      total: 1,
      items: [{ id: 'm1', fullName: 'Bert Brandt', capacity: 1, load: 3 }],
    },
    staleStartups: { total: 0, items: [] },
  },
  startupsByStage: {
    terms: [
      { key: 'idea', labelDe: 'Idee', labelEn: 'Idea', count: 4 },
      { key: 'seed', labelDe: 'Seed', labelEn: 'Seed', count: 7 },
      { key: 'growth', labelDe: 'Wachstum', labelEn: 'Growth', count: 0 },
    ],
    unset: 2,
  },
  startupsBySector: {
    terms: [{ key: 'health', labelDe: 'Gesundheit', labelEn: 'Health', count: 5 }],
    unset: 0,
  },
};

describe('DashboardPage', () => {
  // The app registers German locale data at start-up (provideI18n); dates here switch with it.
  beforeAll(() => registerLocaleData(localeDe));
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const el = () => harness.routeNativeElement as HTMLElement;
  const byTestId = (id: string) => el().querySelector(`[data-testid="${id}"]`) as HTMLElement;

  /** The table behind a chart, row by row: [label, count]. */
  function tableRows(name: string): string[][] {
    const table = byTestId(`chart-table-${name}`);
    return [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
    );
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter([{ path: 'dashboard', component: DashboardPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/dashboard', DashboardPage);
    (await nextRequest(http, (url) => url === '/api/v1/dashboard')).flush(DASHBOARD);
    await navigation;
    await harness.fixture.whenStable();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('shows the running cohorts with their startups per status', () => {
    const cohorts = byTestId('dashboard-running-cohorts');
    expect(cohorts.querySelector('h3 a')?.getAttribute('href')).toBe('/cohorts/c1');
    expect(cohorts.textContent).toContain('Leipzig Accelerator');
    const legend = [...cohorts.querySelectorAll('.legend li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(legend).toEqual(['Accepted: 1', 'Active: 2', 'Dropped: 1']);
  });

  it("shows each call's funnel, time to decision and reviewers' progress, linking to the call page", async () => {
    const calls = [
      ...byTestId('dashboard-calls').querySelectorAll('[data-testid="dashboard-call"]'),
    ];
    expect(calls).toHaveLength(2);
    const [open, closed] = calls as HTMLElement[];
    const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
    expect(open.querySelector('h3 a')?.getAttribute('href')).toBe('/cohorts/c1/call');
    expect(text(open.querySelector('.meta'))).toMatch(/^Open until /);
    const steps = [...open.querySelectorAll('.step')].map((step) => [
      text(step.querySelector('dt')),
      text(step.querySelector('strong')),
      (step.querySelector('.bar span') as HTMLElement).style.width,
    ]);
    expect(steps).toEqual([
      ['Applied', '40', '100%'],
      ['Eligible', '30', '75%'],
      ['Reviewed', '12', '30%'],
      ['Accepted', '5', '13%'],
    ]);
    expect(text(open.querySelector('[data-testid="call-decision-time"]'))).toBe(
      'Time to decision: median 6.5 days, longest 11 days',
    );
    expect(text(open.querySelector('[data-testid="call-review-progress"]'))).toBe(
      'Reviews: 36 of 90 submitted (40 %)',
    );
    expect(closed.querySelector('h3 a')?.getAttribute('href')).toBe('/cohorts/c0/call');
    expect(text(closed.querySelector('.meta'))).toMatch(/^Closed on /);
    expect(text(closed.querySelector('[data-testid="call-decision-time"]'))).toBe(
      'No decisions yet.',
    );
    expect(text(closed.querySelector('[data-testid="call-review-progress"]'))).toBe(
      'No reviews sent yet.',
    );

    TestBed.inject(LanguageService).use('de').subscribe();
    await settle();
    await harness.fixture.whenStable();
    expect(text(open.querySelector('[data-testid="call-decision-time"]'))).toBe(
      'Zeit bis zur Entscheidung: Median 6,5 Tage, längstens 11 Tage',
    );
    expect(text(open.querySelector('.step dt'))).toBe('Beworben');
  });

  it('lists what needs attention with totals and links', () => {
    expect(byTestId('attention-without-mentor').textContent?.trim()).toBe('11');
    expect(byTestId('attention-over-capacity').textContent?.trim()).toBe('1');
    expect(byTestId('attention-stale').textContent?.trim()).toBe('0');
    const attention = byTestId('dashboard-attention');
    expect(attention.querySelector('a[href="/startups/s2"]')?.textContent).toBe('Auwald Analytics');
    expect(attention.textContent).toContain('and 10 more');
    expect(attention.textContent).toContain('3 startups, capacity 1');
    expect(attention.textContent).toContain('Every active profile was updated recently.');
  });

  it('shows who changed which record', () => {
    const recent = byTestId('dashboard-recent').querySelector('li') as HTMLElement;
    expect(recent.querySelector('.type')?.textContent?.trim()).toBe('Mentor');
    expect(recent.querySelector('a[href="/mentors/m6"]')?.textContent).toBe('Ada Lovelace');
    expect(recent.querySelector('.detail')?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Maria Manager · edited (Company, City)',
    );
  });

  it('has headings in order: one h1, cards as h2, lists as h3', () => {
    const levels = [...el().querySelectorAll('h1, h2, h3')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
  });

  it('puts the chart figures in a captioned table, in the UI language', async () => {
    const table = byTestId('chart-table-stage');
    expect(table.querySelector('caption')?.textContent?.trim()).toBe('Active startups by stage');
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual([
      'col',
      'col',
    ]);
    expect(tableRows('stage')).toEqual([
      ['Idea', '4'],
      ['Seed', '7'],
      ['Growth', '0'],
      ['Not set', '2'],
    ]);
    expect(tableRows('sector')).toEqual([['Health', '5']]);
    // The bars say the same as the table, to the eye only; the largest count fills the chart.
    const chart = byTestId('chart-stage');
    expect(chart.getAttribute('aria-hidden')).toBe('true');
    const bars = [...chart.querySelectorAll<HTMLElement>('.bar-row')].map((row) => [
      row.querySelector('.label')?.textContent?.trim(),
      row.querySelector('.count')?.textContent?.trim(),
      row.querySelector<HTMLElement>('.bar')?.style.getPropertyValue('--share'),
    ]);
    expect(bars).toEqual([
      ['Idea', '4', String(4 / 7)],
      ['Seed', '7', '1'],
      ['Growth', '0', '0'],
      ['Not set', '2', String(2 / 7)],
    ]);
    expect(byTestId('chart-sector').classList).toContain('horizontal');
    expect(chart.classList).toContain('vertical');

    TestBed.inject(LanguageService).use('de').subscribe();
    await settle();
    await harness.fixture.whenStable();
    expect(tableRows('stage')).toEqual([
      ['Idee', '4'],
      ['Seed', '7'],
      ['Wachstum', '0'],
      ['Nicht angegeben', '2'],
    ]);
    expect(byTestId('chart-table-stage').querySelector('caption')?.textContent?.trim()).toBe(
      'Aktive Startups nach Phase',
    );
  });

  it('shows the table instead of the chart on request', async () => {
    const table = byTestId('chart-table-stage');
    const toggle = byTestId('chart-toggle-stage') as HTMLButtonElement;
    expect(table.classList).toContain('visually-hidden');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    toggle.click();
    await harness.fixture.whenStable();

    expect(table.classList).not.toContain('visually-hidden');
    expect(byTestId('chart-stage').classList).toContain('hidden');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(toggle.textContent?.trim()).toBe('Show as chart');
  });
});

describe('DashboardPage when the API fails', () => {
  it('says so and tries again on request', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter([{ path: 'dashboard', component: DashboardPage }]),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/dashboard', DashboardPage);
    (await nextRequest(http, (url) => url === '/api/v1/dashboard')).flush('down', {
      status: 500,
      statusText: 'Server Error',
    });
    await navigation;
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'The overview could not be loaded.',
    );

    page.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    (await nextRequest(http, (url) => url === '/api/v1/dashboard')).flush(DASHBOARD);
    await harness.fixture.whenStable();
    expect(page.querySelector('[role="alert"]')).toBeNull();
    expect(page.querySelector('[data-testid="dashboard-running-cohorts"]')).not.toBeNull();
  });
});
