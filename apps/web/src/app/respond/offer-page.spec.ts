import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { nextRequest, provideTestEnvironment } from '../../testing/test-providers';
import { MentorOfferView } from '@kohorte/contracts';
import { RESPOND_ROUTES } from './respond.routes';

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

const VIEW: MentorOfferView = {
  locale: 'en',
  mentor: {
    name: 'Jana Berg',
    capacity: 2,
    mentees: [{ startupName: 'Old Friends', cohortName: 'Batch 2025' }],
    availableFrom: null,
  },
  startup: {
    name: 'Acme Solar',
    oneLiner: 'Solar for every roof',
    stage: { key: 'seed', labelDe: 'Seed', labelEn: 'Seed' },
  },
  cohort: { name: 'Batch 2026' },
  reasons: [{ de: 'Gleiche Themen', en: 'Same topics' }],
  linkExpiresAt: '2030-01-08T10:00:00.000Z',
};

describe('the mentor’s offer page', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const el = () => harness.routeNativeElement as HTMLElement;
  const q = <T extends Element>(selector: string) => el().querySelector<T>(selector);

  // The app registers German formats at start-up (provideI18n); the test does it here.
  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter([{ path: 'respond', children: RESPOND_ROUTES }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  async function open() {
    await harness.navigateByUrl(`/respond/offer/${TOKEN}`);
    (await nextRequest(http, (url) => url === '/api/v1/public/incubator')).flush({
      name: 'SpinLab',
    });
    return nextRequest(http, (url) => url === '/api/v1/public/offers/current');
  }

  async function shown(): Promise<void> {
    const load = await open();
    // The token travels in a header, never in the API's URL; the GET changes nothing.
    expect(load.request.method).toBe('GET');
    expect(load.request.headers.get('Authorization')).toBe(`Link ${TOKEN}`);
    load.flush(VIEW);
    await harness.fixture.whenStable();
  }

  it('shows the startup, why it fits, the cohort and the mentor’s mentees', async () => {
    await shown();
    const page = q('[data-testid="offer-page"]')!;
    expect(page.textContent).toContain('Acme Solar');
    expect(page.textContent).toContain('Solar for every roof');
    expect(page.textContent).toContain('Batch 2026');
    expect(q('[data-testid="offer-reasons"]')?.textContent).toContain('Same topics');
    expect(q('[data-testid="offer-mentees"]')?.textContent).toContain('Old Friends');
  });

  it('accept POSTs through the link and confirms', async () => {
    await shown();
    q<HTMLButtonElement>('[data-testid="offer-accept"]')!.click();
    const post = http.expectOne({ method: 'POST', url: '/api/v1/public/offers/accept' });
    expect(post.request.headers.get('Authorization')).toBe(`Link ${TOKEN}`);
    post.flush({ status: 'accepted', startupName: 'Acme Solar' });
    await harness.fixture.whenStable();
    const done = q('[data-testid="offer-answered"]')!;
    expect(done.getAttribute('data-status')).toBe('accepted');
    expect(done.textContent).toContain('Acme Solar');
    expect(q('[data-testid="offer-page"]')).toBeNull();
  });

  it('decline sends the chosen reason', async () => {
    await shown();
    const select = q<HTMLSelectElement>('[data-testid="offer-decline-reason"]')!;
    const options = Array.from(select.options).map((option) => option.textContent?.trim());
    expect(options).toContain('Too busy');
    select.selectedIndex = options.indexOf('Not my field');
    select.dispatchEvent(new Event('change'));
    q<HTMLButtonElement>('[data-testid="offer-decline"]')!.click();
    const post = http.expectOne({ method: 'POST', url: '/api/v1/public/offers/decline' });
    expect(post.request.body).toEqual({ reason: 'not-my-field' });
    post.flush({ status: 'declined', startupName: 'Acme Solar' });
    await harness.fixture.whenStable();
    expect(q('[data-testid="offer-answered"]')?.getAttribute('data-status')).toBe('declined');
  });

  it('decline can carry a note for the programme team', async () => {
    await shown();
    const note = q<HTMLTextAreaElement>('[data-testid="offer-decline-note"]')!;
    note.value = 'Ask me again in spring';
    note.dispatchEvent(new Event('input'));
    q<HTMLButtonElement>('[data-testid="offer-decline"]')!.click();
    const post = http.expectOne({ method: 'POST', url: '/api/v1/public/offers/decline' });
    expect(post.request.body).toEqual({ note: 'Ask me again in spring' });
    post.flush({ status: 'declined', startupName: 'Acme Solar' });
  });

  it('follows the mentor’s language', async () => {
    const load = await open();
    load.flush({ ...VIEW, locale: 'de' });
    await harness.fixture.whenStable();
    expect(q('[data-testid="offer-page"]')?.textContent).toContain(
      'Möchten Sie Acme Solar als Mentor:in begleiten?',
    );
  });

  it('a full mentor: says so and keeps the offer on screen', async () => {
    await shown();
    q<HTMLButtonElement>('[data-testid="offer-accept"]')!.click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/public/offers/accept' })
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'This mentor is now full' },
        { status: 409, statusText: 'Conflict' },
      );
    await harness.fixture.whenStable();
    expect(q('[data-testid="offer-error"]')?.textContent).toContain('This mentor is now full');
    expect(q('[data-testid="offer-page"]')).not.toBeNull();
  });

  it('a used link says so and how to get a new one', async () => {
    const load = await open();
    load.flush(
      { statusCode: 410, error: 'Gone', message: 'used', reason: 'used' },
      { status: 410, statusText: 'Gone' },
    );
    await harness.fixture.whenStable();
    const error = q('[data-testid="link-error"]')!;
    expect(error.getAttribute('data-reason')).toBe('used');
    expect(error.textContent).toContain('already answered');
    expect(error.textContent).toContain('new link');
    expect(q('[data-testid="offer-page"]')).toBeNull();
  });

  describe('pausing new offers', () => {
    function pickDay(value: string): void {
      const input = q<HTMLInputElement>('[data-testid="offer-pause-until"]')!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
    }

    /** `D/M/YYYY` as the British English date adapter reads it, and `YYYY-MM-DD`, `days` from today. */
    function daysAhead(days: number): { typed: string; iso: string } {
      const now = new Date();
      const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
      const pad = (n: number) => String(n).padStart(2, '0');
      return {
        typed: `${date.getDate()}/${date.getMonth() + 1}/${date.getFullYear()}`,
        iso: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
      };
    }

    it('POSTs the chosen day through the link, says until when, and keeps the offer answerable', async () => {
      await shown();
      expect(q('[data-testid="offer-paused"]')).toBeNull();
      const day = daysAhead(30);
      pickDay(day.typed);
      q<HTMLButtonElement>('[data-testid="offer-pause"]')!.click();
      const post = http.expectOne({ method: 'POST', url: '/api/v1/public/offers/pause' });
      expect(post.request.headers.get('Authorization')).toBe(`Link ${TOKEN}`);
      expect(post.request.body).toEqual({ until: day.iso });
      post.flush({ availableFrom: day.iso });
      await harness.fixture.whenStable();
      expect(q('[data-testid="offer-paused"]')?.textContent).toContain('no new offers until');
      expect(q('[data-testid="offer-page"]')).not.toBeNull();
      expect(q<HTMLButtonElement>('[data-testid="offer-accept"]')?.disabled).toBe(false);
    });

    it('without a day it asks for one; a 400 from the API says what is allowed', async () => {
      await shown();
      q<HTMLButtonElement>('[data-testid="offer-pause"]')!.click();
      http.expectNone('/api/v1/public/offers/pause');
      await harness.fixture.whenStable();
      expect(q('[data-testid="offer-pause-error"]')?.textContent).toContain('after today');

      pickDay(daysAhead(3).typed);
      q<HTMLButtonElement>('[data-testid="offer-pause"]')!.click();
      http.expectOne({ method: 'POST', url: '/api/v1/public/offers/pause' }).flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Some fields are invalid',
          errors: [{ field: 'until', messages: ['until must be after today'] }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await harness.fixture.whenStable();
      expect(q('[data-testid="offer-pause-error"]')?.textContent).toContain('within the next 12');
      expect(q('[data-testid="offer-paused"]')).toBeNull();
    });

    it('shows a pause that is already set', async () => {
      const load = await open();
      load.flush({ ...VIEW, mentor: { ...VIEW.mentor, availableFrom: daysAhead(10).iso } });
      await harness.fixture.whenStable();
      expect(q('[data-testid="offer-paused"]')).not.toBeNull();
    });
  });
});
