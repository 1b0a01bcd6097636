import { beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CONSENT_TEXTS, FounderProfileView } from '@kohorte/contracts';
import {
  nextRequest,
  provideTestEnvironment,
  settle,
  TEST_VOCABULARIES,
} from '../../testing/test-providers';
import { RESPOND_ROUTES } from './respond.routes';

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

const VIEW: FounderProfileView = {
  profile: {
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
    fundingRaisedEur: null,
    fundingSoughtEur: null,
    languages: ['de'],
    topics: [],
    updatedAt: '2026-01-01T10:00:00.000Z',
  },
  figures: [
    {
      month: '2025-01',
      revenueEur: 3000,
      customers: 2,
      teamSize: 4,
      fundingRaisedEur: null,
      highlights: 'First pilot',
      asks: null,
      updatedAt: '2025-02-01T10:00:00.000Z',
    },
  ],
  consents: [{ purpose: 'investor-introductions', status: 'none', textVersion: null, at: null }],
  linkExpiresAt: '2030-01-08T10:00:00.000Z',
};

describe('the founders’ profile page', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const el = () => harness.routeNativeElement as HTMLElement;
  const q = <T extends Element>(selector: string) => el().querySelector<T>(selector);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter([{ path: 'respond', children: RESPOND_ROUTES }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  async function open(): Promise<void> {
    const navigation = harness.navigateByUrl(`/respond/profile/${TOKEN}`);
    await navigation;
    (await nextRequest(http, (url) => url === '/api/v1/public/incubator')).flush({
      name: 'SpinLab',
    });
    (await nextRequest(http, (url) => url === '/api/v1/public/vocabularies')).flush(
      TEST_VOCABULARIES,
    );
    const load = await nextRequest(http, (url) => url === '/api/v1/public/profile');
    // The token travels in a header, never in the API's URL.
    expect(load.request.headers.get('Authorization')).toBe(`Link ${TOKEN}`);
    load.flush(VIEW);
    await harness.fixture.whenStable();
  }

  function input(name: string): HTMLInputElement {
    return q<HTMLInputElement>(`[data-testid="profile-form"] [name="${name}"]`)!;
  }

  it('shows the incubator, the profile in the form and the figures reported', async () => {
    await open();
    expect(el().textContent).toContain('Profile of Acme Solar');
    expect(input('city').value).toBe('Leipzig');
    expect(input('website').value).toBe('https://acme.example');
    expect(q('[data-testid="figures-table"]')?.textContent).toContain('January 2025');
    expect(harness.fixture.nativeElement.textContent).toContain('SpinLab');
  });

  it('saves through the link without tags, and shows the API’s field errors beside the fields', async () => {
    await open();
    input('city').value = 'Halle';
    input('city').dispatchEvent(new Event('input'));
    // The form accepts it (https:// is added); the API's answer below is an older server's words.
    input('website').value = 'acme.example';
    input('website').dispatchEvent(new Event('input'));
    q<HTMLButtonElement>('[data-testid="profile-save"]')!.click();
    const save = http.expectOne({ method: 'PATCH', url: '/api/v1/public/profile' });
    expect(save.request.headers.get('Authorization')).toBe(`Link ${TOKEN}`);
    expect(save.request.body).toMatchObject({
      city: 'Halle',
      website: 'acme.example',
      sectors: ['fintech'],
    });
    expect(save.request.body).not.toHaveProperty('tags');
    save.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Some fields are invalid',
        errors: [{ field: 'website', messages: ['website must be an http:// or https:// URL'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(q('[data-testid="profile-website-error"]')?.textContent).toContain(
      'website must be an http:// or https:// URL',
    );
    expect(q('[data-testid="profile-saved"]')).toBeNull();

    input('website').value = 'https://acme.example';
    input('website').dispatchEvent(new Event('input'));
    q<HTMLButtonElement>('[data-testid="profile-save"]')!.click();
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/public/profile' })
      .flush({ ...VIEW, profile: { ...VIEW.profile, city: 'Halle' } });
    await harness.fixture.whenStable();
    expect(q('[data-testid="profile-saved"]')).not.toBeNull();
  });

  it('shows the consent text and withdraws the consent to investor introductions', async () => {
    await open();
    expect(q('[data-testid="consent-panel"]')?.textContent).toContain(
      CONSENT_TEXTS['investor-introductions'].en,
    );
    q<HTMLButtonElement>('[data-testid="consent-withdraw"]')!.click();
    const put = http.expectOne({ method: 'PUT', url: '/api/v1/public/profile/consent' });
    expect(put.request.headers.get('Authorization')).toBe(`Link ${TOKEN}`);
    expect(put.request.body).toEqual({ purpose: 'investor-introductions', given: false });
    put.flush({
      ...VIEW,
      consents: [
        {
          purpose: 'investor-introductions',
          status: 'withdrawn',
          textVersion: '2026-12-01',
          at: '2026-12-07T10:00:00.000Z',
        },
      ],
    });
    await harness.fixture.whenStable();
    expect(q('[data-testid="consent-status"]')?.getAttribute('data-status')).toBe('withdrawn');
    expect(q('[data-testid="consent-give"]')).not.toBeNull();
  });

  it('saves a month’s figures with PUT for that month', async () => {
    await open();
    const month = q<HTMLInputElement>('[data-testid="figures-month"]')!;
    month.value = '2025-01';
    month.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
    // The month already reported fills the form.
    expect(q<HTMLInputElement>('[data-testid="figures-revenueEur"]')!.value).toBe('3000');
    const revenue = q<HTMLInputElement>('[data-testid="figures-revenueEur"]')!;
    revenue.value = '4500';
    revenue.dispatchEvent(new Event('input'));
    q<HTMLButtonElement>('[data-testid="figures-save"]')!.click();
    const put = http.expectOne({ method: 'PUT', url: '/api/v1/public/profile/figures/2025-01' });
    expect(put.request.body).toEqual({
      revenueEur: 4500,
      customers: 2,
      teamSize: 4,
      fundingRaisedEur: null,
      highlights: 'First pilot',
      asks: null,
    });
    put.flush({ ...VIEW.figures[0], revenueEur: 4500 });
    await harness.fixture.whenStable();
    expect(q('[data-testid="figures-saved"]')?.textContent).toContain(
      'Figures for January 2025 saved.',
    );
  });

  it('a link that does not work says why and offers a new one', async () => {
    await harness.navigateByUrl(`/respond/profile/${TOKEN}`);
    (await nextRequest(http, (url) => url === '/api/v1/public/profile')).flush(
      { statusCode: 410, error: 'Gone', message: 'expired', reason: 'expired' },
      { status: 410, statusText: 'Gone' },
    );
    await harness.fixture.whenStable();
    const error = q('[data-testid="link-error"]');
    expect(error?.getAttribute('data-reason')).toBe('expired');
    expect(error?.textContent).toContain('This link has expired');

    const email = q<HTMLInputElement>('[data-testid="request-link-email"]')!;
    email.value = 'jana@acme.example';
    email.dispatchEvent(new Event('input'));
    q<HTMLButtonElement>('[data-testid="request-link-submit"]')!.click();
    const ask = http.expectOne({ method: 'POST', url: '/api/v1/public/profile-links' });
    expect(ask.request.body).toEqual({ email: 'jana@acme.example' });
    ask.flush(null, { status: 202, statusText: 'Accepted' });
    await settle();
    await harness.fixture.whenStable();
    expect(q('[data-testid="request-link-sent"]')).not.toBeNull();
  });
});
