import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { nextRequest, provideTestEnvironment } from '../../testing/test-providers';
import { InvestorOfferAnswer, InvestorTeaserView } from '@kohorte/contracts';
import { RESPOND_ROUTES } from './respond.routes';

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';
const URL = '/api/v1/public/introductions/offer';

const VIEW: InvestorTeaserView = {
  locale: 'en',
  investor: { name: 'Petra Lind' },
  teaser: {
    stage: { key: 'seed', labelDe: 'Seed', labelEn: 'Seed' },
    sectors: [{ key: 'energy', labelDe: 'Energie', labelEn: 'Energy' }],
    topics: [{ key: 'sales', labelDe: 'Vertrieb', labelEn: 'Sales' }],
    fundingSoughtEur: 1200000,
    fundingRaisedEur: null,
    teamSize: 6,
    foundedYear: 2024,
    languages: ['de', 'en'],
  },
  cohort: { name: 'Batch 2026' },
  reasons: [{ de: 'Ticket passt', en: 'Ticket fits' }],
  linkExpiresAt: '2030-01-08T10:00:00.000Z',
};

const ACCEPTED: InvestorOfferAnswer = {
  status: 'accepted',
  startup: {
    name: 'Acme Solar',
    oneLiner: 'Solar for every roof',
    website: 'https://acme-solar.example',
    city: 'Leipzig',
    founders: [
      { name: 'Ada Sonne', email: 'ada@acme-solar.example' },
      { name: 'Ben Strahl', email: 'ben@acme-solar.example' },
    ],
  },
};

describe('the investor’s introduction page', () => {
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

  async function shown(view: InvestorTeaserView = VIEW): Promise<void> {
    await harness.navigateByUrl(`/respond/investor-offer/${TOKEN}`);
    (await nextRequest(http, (url) => url === '/api/v1/public/incubator')).flush({
      name: 'SpinLab',
    });
    const load = await nextRequest(http, (url) => url === URL);
    // The token travels in a header, never in the API's URL; the GET changes nothing.
    expect(load.request.method).toBe('GET');
    expect(load.request.headers.get('Authorization')).toBe(`Link ${TOKEN}`);
    load.flush(view);
    await harness.fixture.whenStable();
  }

  it('shows the anonymised teaser: focus, money in euros, team, why it fits', async () => {
    await shown();
    const page = q('[data-testid="investor-offer-page"]')!;
    expect(page.textContent).toContain('A startup from Batch 2026 for you');
    expect(page.textContent).toContain('Hello Petra Lind');
    expect(page.textContent).toContain('Energy');
    expect(page.textContent).toContain('Sales');
    expect(page.textContent).toContain('2024');
    expect(page.textContent).toContain('German, English');
    expect(q('[data-testid="investor-offer-funding-sought"]')?.textContent?.trim()).toBe(
      '€1,200,000',
    );
    expect(q('[data-testid="investor-offer-reasons"]')?.textContent).toContain('Ticket fits');
    // Nothing on the page names the startup before the investor accepts.
    expect(el().textContent).not.toContain('Acme Solar');
  });

  it('in German for a German-speaking investor', async () => {
    await shown({ ...VIEW, locale: 'de' });
    const page = q('[data-testid="investor-offer-page"]')!;
    expect(page.textContent).toContain('Ein Startup aus Batch 2026 für Sie');
    expect(page.textContent).toContain('Deutsch, Englisch');
    expect(q('[data-testid="investor-offer-funding-sought"]')?.textContent?.trim()).toBe(
      '1.200.000\u00a0€',
    );
  });

  it('accepting reveals the startup and mail links to its founders', async () => {
    await shown();
    q<HTMLButtonElement>('[data-testid="investor-offer-accept"]')!.click();
    const post = http.expectOne({ method: 'POST', url: `${URL}/accept` });
    expect(post.request.headers.get('Authorization')).toBe(`Link ${TOKEN}`);
    post.flush(ACCEPTED);
    await harness.fixture.whenStable();
    const done = q('[data-testid="investor-offer-answered"]')!;
    expect(done.getAttribute('data-status')).toBe('accepted');
    expect(done.textContent).toContain('Meet Acme Solar');
    const startup = q('[data-testid="investor-offer-startup"]')!;
    expect(startup.textContent).toContain('Solar for every roof');
    expect(startup.textContent).toContain('Leipzig');
    const founders = Array.from(
      el().querySelectorAll('[data-testid="investor-offer-founder"]'),
    ).map((li) => ({
      text: li.textContent,
      href: li.querySelector('a')?.getAttribute('href'),
    }));
    expect(founders).toHaveLength(2);
    expect(founders[0].text).toContain('Ada Sonne');
    expect(founders[0].href).toBe('mailto:ada@acme-solar.example');
    expect(founders[1].href).toBe('mailto:ben@acme-solar.example');
    expect(q('[data-testid="investor-offer-page"]')).toBeNull();
  });

  it('declining sends the reason and note and thanks the investor', async () => {
    await shown();
    const select = q<HTMLSelectElement>('[data-testid="investor-offer-decline-reason"]')!;
    const options = Array.from(select.options).map((option) => option.textContent?.trim());
    select.selectedIndex = options.indexOf('Outside our investment focus');
    select.dispatchEvent(new Event('change'));
    const note = q<HTMLTextAreaElement>('[data-testid="investor-offer-decline-note"]')!;
    note.value = 'Hardware is not for us';
    note.dispatchEvent(new Event('input'));
    q<HTMLButtonElement>('[data-testid="investor-offer-decline"]')!.click();
    const post = http.expectOne({ method: 'POST', url: `${URL}/decline` });
    expect(post.request.body).toEqual({ reason: 'not-my-field', note: 'Hardware is not for us' });
    post.flush({ status: 'declined' });
    await harness.fixture.whenStable();
    const done = q('[data-testid="investor-offer-answered"]')!;
    expect(done.getAttribute('data-status')).toBe('declined');
    expect(done.textContent).toContain('Thank you for your answer');
    expect(el().textContent).not.toContain('Acme Solar');
  });

  it('no introductions left this round: says so and keeps the teaser answerable', async () => {
    await shown();
    q<HTMLButtonElement>('[data-testid="investor-offer-accept"]')!.click();
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
    expect(q('[data-testid="investor-offer-error"]')?.textContent).toContain(
      'no introductions left in this round',
    );
    expect(q('[data-testid="investor-offer-page"]')).not.toBeNull();
  });

  it('a note the API refuses: asks to check it', async () => {
    await shown();
    q<HTMLButtonElement>('[data-testid="investor-offer-decline"]')!.click();
    http.expectOne({ method: 'POST', url: `${URL}/decline` }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Some fields are invalid',
        errors: [{ field: 'note', messages: ['note must be shorter than or equal to 2000'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(q('[data-testid="investor-offer-error"]')?.textContent).toContain('at most 2,000');
  });

  it('an expired link says so and whom to ask', async () => {
    await harness.navigateByUrl(`/respond/investor-offer/${TOKEN}`);
    (await nextRequest(http, (url) => url === URL)).flush(
      { statusCode: 410, error: 'Gone', message: 'expired', reason: 'expired' },
      { status: 410, statusText: 'Gone' },
    );
    await harness.fixture.whenStable();
    const error = q('[data-testid="link-error"]')!;
    expect(error.getAttribute('data-reason')).toBe('expired');
    expect(error.textContent).toContain('This link has expired');
    expect(error.textContent).toContain('contact the programme team');
  });

  it('a failed load that is not the link’s fault asks to reload', async () => {
    await harness.navigateByUrl(`/respond/investor-offer/${TOKEN}`);
    (await nextRequest(http, (url) => url === URL)).flush(
      { statusCode: 500, error: 'Internal Server Error', message: 'boom' },
      { status: 500, statusText: 'Internal Server Error' },
    );
    await harness.fixture.whenStable();
    expect(el().textContent).toContain('could not be loaded');
    expect(q('[data-testid="link-error"]')).toBeNull();
  });
});
