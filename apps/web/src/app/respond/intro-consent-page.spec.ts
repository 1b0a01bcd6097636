import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { nextRequest, provideTestEnvironment } from '../../testing/test-providers';
import { IntroConsentView } from '@kohorte/contracts';
import { LANGUAGE_STORAGE_KEY, LanguageService } from '../core/i18n/language';
import { RESPOND_ROUTES } from './respond.routes';

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';
const URL = '/api/v1/public/introductions/consent';

const VIEW: IntroConsentView = {
  locale: 'en',
  startup: { name: 'Acme Solar' },
  investor: {
    name: 'Nordlicht Ventures',
    contactName: 'Petra Lind',
    type: 'vc',
    ticketMinEur: 250000,
    ticketMaxEur: 1500000,
    regions: [
      { key: 'dach', labelDe: 'DACH', labelEn: 'DACH' },
      { key: 'sachsen', labelDe: 'Sachsen', labelEn: 'Saxony' },
    ],
    sectors: [{ key: 'energy', labelDe: 'Energie', labelEn: 'Energy' }],
    stages: [{ key: 'seed', labelDe: 'Seed', labelEn: 'Seed' }],
  },
  cohort: { name: 'Batch 2026' },
  reasons: [{ de: 'Gleiche Branche', en: 'Same sector' }],
  linkExpiresAt: '2030-01-08T10:00:00.000Z',
};

describe('the founders’ consent page', () => {
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

  afterEach(() => localStorage.clear());

  async function open() {
    await harness.navigateByUrl(`/respond/intro-consent/${TOKEN}`);
    (await nextRequest(http, (url) => url === '/api/v1/public/incubator')).flush({
      name: 'SpinLab',
    });
    return nextRequest(http, (url) => url === URL);
  }

  async function shown(view: IntroConsentView = VIEW): Promise<void> {
    const load = await open();
    // The token travels in a header, never in the API's URL; the GET changes nothing.
    expect(load.request.method).toBe('GET');
    expect(load.request.headers.get('Authorization')).toBe(`Link ${TOKEN}`);
    load.flush(view);
    await harness.fixture.whenStable();
  }

  it('names the investor, its focus, the ticket in euros and why it fits', async () => {
    await shown();
    const page = q('[data-testid="consent-page"]')!;
    expect(page.textContent).toContain('Would you like to meet Nordlicht Ventures?');
    expect(page.textContent).toContain('Acme Solar');
    expect(page.textContent).toContain('Petra Lind');
    expect(page.textContent).toContain('Venture capital');
    expect(page.textContent).toContain('DACH, Saxony');
    expect(page.textContent).toContain('Energy');
    expect(q('[data-testid="consent-ticket"]')?.textContent?.trim()).toBe('€250,000 – €1,500,000');
    expect(q('[data-testid="consent-reasons"]')?.textContent).toContain('Same sector');
  });

  it('speaks the founders’ language: German labels and euro amounts', async () => {
    await shown({ ...VIEW, locale: 'de', investor: { ...VIEW.investor, ticketMaxEur: null } });
    expect(TestBed.inject(LanguageService).lang()).toBe('de');
    const page = q('[data-testid="consent-page"]')!;
    expect(page.textContent).toContain('Möchten Sie Nordlicht Ventures kennenlernen?');
    expect(page.textContent).toContain('Energie');
    expect(q('[data-testid="consent-ticket"]')?.textContent?.trim()).toBe('ab 250.000\u00a0€');
    // Only the person's own choice is remembered.
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('keeps the language the founder chose before', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    await shown({ ...VIEW, locale: 'de' });
    expect(q('[data-testid="consent-page"]')?.textContent).toContain('Would you like to meet');
  });

  it('agreeing POSTs through the link and says the investor will hear of it', async () => {
    await shown();
    q<HTMLButtonElement>('[data-testid="consent-accept"]')!.click();
    const post = http.expectOne({ method: 'POST', url: `${URL}/accept` });
    expect(post.request.headers.get('Authorization')).toBe(`Link ${TOKEN}`);
    post.flush({ status: 'agreed', investorName: 'Nordlicht Ventures' });
    await harness.fixture.whenStable();
    const done = q('[data-testid="consent-answered"]')!;
    expect(done.getAttribute('data-status')).toBe('agreed');
    expect(done.textContent).toContain('We will let Nordlicht Ventures know');
    expect(q('[data-testid="consent-page"]')).toBeNull();
  });

  it('declining sends the chosen reason and the note', async () => {
    await shown();
    const select = q<HTMLSelectElement>('[data-testid="consent-decline-reason"]')!;
    const options = Array.from(select.options).map((option) => option.textContent?.trim());
    expect(options).toContain('Not the right time for us');
    select.selectedIndex = options.indexOf('This investor does not fit us');
    select.dispatchEvent(new Event('change'));
    const note = q<HTMLTextAreaElement>('[data-testid="consent-decline-note"]')!;
    note.value = '  We just closed our round.  ';
    note.dispatchEvent(new Event('input'));
    q<HTMLButtonElement>('[data-testid="consent-decline"]')!.click();
    const post = http.expectOne({ method: 'POST', url: `${URL}/decline` });
    expect(post.request.headers.get('Authorization')).toBe(`Link ${TOKEN}`);
    expect(post.request.body).toEqual({
      reason: 'not-my-field',
      note: 'We just closed our round.',
    });
    post.flush({ status: 'declined', investorName: 'Nordlicht Ventures' });
    await harness.fixture.whenStable();
    const done = q('[data-testid="consent-answered"]')!;
    expect(done.getAttribute('data-status')).toBe('declined');
    expect(done.textContent).toContain('We will not introduce Acme Solar to Nordlicht Ventures');
  });

  it('declining without a reason sends an empty body', async () => {
    await shown();
    q<HTMLButtonElement>('[data-testid="consent-decline"]')!.click();
    const post = http.expectOne({ method: 'POST', url: `${URL}/decline` });
    expect(post.request.body).toEqual({});
    post.flush({ status: 'declined', investorName: 'Nordlicht Ventures' });
  });

  it('an investor without introductions left: says so and keeps the question on screen', async () => {
    await shown();
    q<HTMLButtonElement>('[data-testid="consent-accept"]')!.click();
    http.expectOne({ method: 'POST', url: `${URL}/accept` }).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'investor has no introductions left this round',
        errors: [{ field: 'introsPerRound', messages: ['no introductions left'] }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await harness.fixture.whenStable();
    expect(q('[data-testid="consent-error"]')?.textContent).toContain(
      'cannot take any more introductions',
    );
    expect(q('[data-testid="consent-page"]')).not.toBeNull();
    expect(q<HTMLButtonElement>('[data-testid="consent-accept"]')?.disabled).toBe(false);
  });

  it('too many tries: asks to wait', async () => {
    await shown();
    q<HTMLButtonElement>('[data-testid="consent-accept"]')!.click();
    http
      .expectOne({ method: 'POST', url: `${URL}/accept` })
      .flush(
        { statusCode: 429, error: 'Too Many Requests', message: 'Slow down' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await harness.fixture.whenStable();
    expect(q('[data-testid="consent-error"]')?.textContent).toContain('Too many attempts');
  });

  it('a link used in the meantime turns into its link error on answering', async () => {
    await shown();
    q<HTMLButtonElement>('[data-testid="consent-accept"]')!.click();
    http
      .expectOne({ method: 'POST', url: `${URL}/accept` })
      .flush(
        { statusCode: 410, error: 'Gone', message: 'used', reason: 'used' },
        { status: 410, statusText: 'Gone' },
      );
    await harness.fixture.whenStable();
    expect(q('[data-testid="link-error"]')?.getAttribute('data-reason')).toBe('used');
    expect(q('[data-testid="consent-page"]')).toBeNull();
  });

  it.each([
    [404, 'unknown', 'may be incomplete'],
    [410, 'expired', 'limited time'],
    [410, 'revoked', 'no longer open'],
  ])('a %s %s link says so and whom to ask', async (status, reason, text) => {
    const load = await open();
    load.flush(
      { statusCode: status, error: 'Gone', message: reason, reason },
      { status, statusText: 'Gone' },
    );
    await harness.fixture.whenStable();
    const error = q('[data-testid="link-error"]')!;
    expect(error.getAttribute('data-reason')).toBe(reason);
    expect(error.textContent).toContain(text);
    expect(error.textContent).toContain('contact the programme team');
    expect(q('[data-testid="consent-page"]')).toBeNull();
  });
});
