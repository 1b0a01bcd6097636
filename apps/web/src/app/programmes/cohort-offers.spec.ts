import { afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { CohortOffer, CohortOffers } from '@kohorte/contracts';
import { firstValueFrom } from 'rxjs';
import { provideTestEnvironment, settle } from '../../testing/test-providers';
import { LANGUAGE_STORAGE_KEY, LanguageService } from '../core/i18n/language';
import { CohortOffersCard, OFFERS_POLL_MS, OFFERS_SHOWN } from './cohort-offers';

const OFFERS_URL = '/api/v1/cohorts/c1/offers';
const HOUR = 3600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

function offer(
  proposalId: string,
  status: CohortOffer['status'],
  overrides: Partial<CohortOffer> = {},
): CohortOffer {
  return {
    proposalId,
    runId: 'r1',
    kind: 'mentors',
    status,
    startup: { id: `s-${proposalId}`, name: `Startup ${proposalId}` },
    partner: { id: `m-${proposalId}`, name: `Mentor ${proposalId}` },
    score: 70,
    offeredAt: ago(26),
    remindedAt: null,
    expiresAt: null,
    answeredAt: null,
    answeredBy: null,
    declineReason: null,
    ...overrides,
  };
}

function listOf(...items: CohortOffer[]): CohortOffers {
  const count = (status: CohortOffer['status']) =>
    items.filter((item) => item.status === status).length;
  return {
    items,
    open: count('offered') + count('startup-asked'),
    counts: {
      'startup-asked': count('startup-asked'),
      offered: count('offered'),
      accepted: count('accepted'),
      declined: count('declined'),
      expired: count('expired'),
    },
  };
}

describe('CohortOffersCard', () => {
  let fixture: ComponentFixture<CohortOffersCard>;
  let http: HttpTestingController;
  let accepted: number;
  const el = () => fixture.nativeElement as HTMLElement;
  const rows = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid="cohort-offer"]'));
  const text = (node: Element) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  // match() takes the requests it returns off the open list: call it once per poll.
  const pending = () => http.match(OFFERS_URL).filter((req) => !req.cancelled);

  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestEnvironment(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CohortOffersCard);
    fixture.componentRef.setInput('cohortId', 'c1');
    accepted = 0;
    fixture.componentInstance.accepted.subscribe(() => accepted++);
  });

  afterEach(() => {
    http.verify();
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  });

  async function render(): Promise<void> {
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  /** Opens the card and answers its first request with `list`. */
  async function open(list: CohortOffers): Promise<void> {
    fixture.detectChanges();
    http.expectOne(OFFERS_URL).flush(list);
    await render();
  }

  it('counts the offers per status, and shows when an open one was reminded and its deadline in German time', async () => {
    await open(
      listOf(
        offer('p1', 'accepted', { answeredAt: ago(1), answeredBy: 'mentor' }),
        offer('p2', 'declined', { answeredAt: ago(2), answeredBy: 'mentor' }),
        offer('p3', 'declined', { answeredAt: ago(3), answeredBy: 'mentor' }),
        offer('p4', 'offered', {
          remindedAt: ago(5),
          expiresAt: '2026-12-21T13:30:00Z',
        }),
      ),
    );
    const summary = el().querySelectorAll('[data-testid="cohort-offers-summary"] li');
    expect(Array.from(summary).map(text)).toEqual(['1 accepted', '2 declined']);
    expect(text(el().querySelector('[data-testid="cohort-offers-open"]')!)).toBe('1 open');
    const waiting = rows()[3];
    expect(text(waiting.querySelector('[data-testid="cohort-offer-reminded"]')!)).toBe(
      'Reminded: 5 hours ago',
    );
    expect(text(waiting.querySelector('[data-testid="cohort-offer-deadline"]')!)).toBe(
      'Deadline: 21 December 2026 at 14:30 CET',
    );
    expect(rows()[0].querySelector('[data-testid="cohort-offer-deadline"]')).toBeNull();
  });

  it('lists each offer with partner and startup links, its status, when, who answered and why', async () => {
    await open(
      listOf(
        offer('p1', 'offered', { offeredAt: ago(2) }),
        offer('p2', 'startup-asked', {
          kind: 'investors',
          partner: { id: 'i1', name: 'Seed Fund Leipzig' },
        }),
        offer('p3', 'accepted', { answeredAt: ago(1), answeredBy: 'mentor' }),
        offer('p4', 'declined', {
          answeredAt: ago(3),
          answeredBy: 'mentor',
          declineReason: 'too-busy',
        }),
        offer('p5', 'declined', { kind: 'investors', answeredAt: ago(4), answeredBy: 'founder' }),
        offer('p6', 'expired', { answeredAt: ago(24 * 3) }),
      ),
    );
    expect(text(el().querySelector('[data-testid="cohort-offers-open"]')!)).toBe('2 open');
    const [p1, p2, p3, p4, p5, p6] = rows();
    expect(rows().map((row) => row.getAttribute('data-status'))).toEqual([
      'offered',
      'startup-asked',
      'accepted',
      'declined',
      'declined',
      'expired',
    ]);

    const links = (row: HTMLElement) =>
      Array.from(row.querySelectorAll('a')).map((a) => [text(a), a.getAttribute('href')]);
    expect(links(p1)).toEqual([
      ['Mentor p1', '/mentors/m-p1'],
      ['Startup p1', '/startups/s-p1'],
    ]);
    expect(links(p2)).toEqual([
      ['Seed Fund Leipzig', '/investors/i1'],
      ['Startup p2', '/startups/s-p2'],
    ]);
    expect(p2.querySelector('mat-icon')?.getAttribute('aria-label')).toBe('Investor introduction');

    expect(text(p1)).toContain('offered');
    expect(text(p1)).toContain('Offered: 2 hours ago');
    expect(text(p1)).not.toContain('Answer');
    expect(text(p2)).toContain('founders asked');
    expect(text(p2)).toContain('Offered: yesterday');
    expect(text(p3)).toContain('Offered: yesterday Answer (mentor): 1 hour ago');
    expect(text(p3)).toContain('for Startup p3');
    expect(text(p4)).toContain('Answer (mentor): 3 hours ago');
    expect(text(p4.querySelector('[data-testid="cohort-offer-reason"]')!)).toBe('Reason: no time');
    expect(text(p5)).toContain('Answer (founders): 4 hours ago');
    expect(p5.querySelector('[data-testid="cohort-offer-reason"]')).toBeNull();
    expect(text(p6)).toContain('Expired: 3 days ago');
    expect(p6.querySelector('.chip')?.getAttribute('data-status')).toBe('expired');
  });

  it('speaks German when the UI does', async () => {
    await firstValueFrom(TestBed.inject(LanguageService).use('de'));
    await open(
      listOf(
        offer('p1', 'offered', { offeredAt: ago(2) }),
        offer('p2', 'declined', {
          answeredAt: ago(24),
          answeredBy: 'mentor',
          declineReason: 'conflict',
        }),
      ),
    );
    expect(el().querySelector('h2')?.textContent).toContain('Anfragen und Antworten');
    const [p1, p2] = rows();
    expect(text(p1)).toContain('angefragt');
    expect(text(p1)).toContain('Angefragt: vor 2 Stunden');
    expect(text(p1)).toContain('für Startup p1');
    expect(text(p2)).toContain('Antwort (Mentor:in): gestern');
    expect(text(p2)).toContain('Grund: Interessenkonflikt');
  });

  it('says when no offer was sent yet', async () => {
    await open(listOf());
    expect(rows()).toEqual([]);
    expect(text(el())).toContain('No offers sent yet.');
    expect(el().querySelector('[data-testid="cohort-offers-open"]')).toBeNull();
  });

  it('shows the first few and the rest on request', async () => {
    const many = Array.from({ length: OFFERS_SHOWN + 3 }, (_, i) =>
      offer(`p${i}`, 'declined', { answeredAt: ago(1), answeredBy: 'mentor' }),
    );
    await open(listOf(...many));
    expect(rows()).toHaveLength(OFFERS_SHOWN);
    const more = el().querySelector<HTMLButtonElement>('[data-testid="cohort-offers-more"]')!;
    expect(text(more)).toBe(`Show all ${OFFERS_SHOWN + 3}`);
    more.click();
    await render();
    expect(rows()).toHaveLength(OFFERS_SHOWN + 3);
    expect(text(more)).toBe('Show fewer');
  });

  it('says so when the list cannot be read, and tries again on request', async () => {
    fixture.detectChanges();
    http.expectOne(OFFERS_URL).flush(null, { status: 500, statusText: 'Server Error' });
    await render();
    expect(el().querySelector('[role="alert"]')?.textContent).toContain(
      'The offers could not be loaded.',
    );
    el().querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    http.expectOne(OFFERS_URL).flush(listOf(offer('p1', 'offered')));
    await render();
    expect(el().querySelector('[role="alert"]')).toBeNull();
    expect(rows()).toHaveLength(1);
  });

  describe('while offers wait for answers', () => {
    // Fake clocks that still move with real time, so HTTP and change detection settle as usual.
    beforeEach(() => {
      jest.useFakeTimers({ advanceTimers: true });
    });
    afterEach(() => {
      fixture.destroy();
      jest.useRealTimers();
    });

    it('asks again every 10 s, shows an accept without a reload, tells the page, and stops when none is open', async () => {
      const closed = offer('p2', 'declined', { answeredAt: ago(5), answeredBy: 'mentor' });
      await open(listOf(offer('p1', 'offered'), closed));
      jest.advanceTimersByTime(OFFERS_POLL_MS - 100);
      expect(pending()).toHaveLength(0);
      jest.advanceTimersByTime(100);
      const [first] = pending();
      expect(first).toBeDefined();
      first.flush(listOf(offer('p1', 'offered'), closed));
      await render();
      expect(accepted).toBe(0);

      jest.advanceTimersByTime(OFFERS_POLL_MS);
      const [second] = pending();
      expect(second).toBeDefined();
      second.flush(
        listOf(offer('p1', 'accepted', { answeredAt: ago(0), answeredBy: 'mentor' }), closed),
      );
      await render();
      expect(rows()[0].getAttribute('data-status')).toBe('accepted');
      expect(accepted).toBe(1);

      // Nothing is open any more: no more polling.
      jest.advanceTimersByTime(OFFERS_POLL_MS * 3);
      expect(pending()).toHaveLength(0);
    });

    it('tells the page nothing when the open one declines', async () => {
      await open(listOf(offer('p1', 'offered')));
      jest.advanceTimersByTime(OFFERS_POLL_MS);
      const [poll] = pending();
      expect(poll).toBeDefined();
      poll.flush(listOf(offer('p1', 'declined', { answeredAt: ago(0), answeredBy: 'mentor' })));
      await render();
      expect(rows()[0].getAttribute('data-status')).toBe('declined');
      expect(accepted).toBe(0);
    });

    it('also asks again while founders are asked to agree to an introduction', async () => {
      await open(listOf(offer('p1', 'startup-asked', { kind: 'investors' })));
      jest.advanceTimersByTime(OFFERS_POLL_MS);
      const [poll] = pending();
      expect(poll).toBeDefined();
      poll.flush(listOf(offer('p1', 'offered', { kind: 'investors' })));
      await render();
      expect(rows()[0].getAttribute('data-status')).toBe('offered');
      // Still open: it keeps asking.
      jest.advanceTimersByTime(OFFERS_POLL_MS);
      const [again] = pending();
      expect(again).toBeDefined();
      again.flush(listOf());
      await render();
    });

    it('does not poll when nothing is open', async () => {
      await open(listOf(offer('p1', 'accepted', { answeredAt: ago(1), answeredBy: 'mentor' })));
      jest.advanceTimersByTime(OFFERS_POLL_MS * 3);
      expect(pending()).toHaveLength(0);
    });

    it('stops when the page is left', async () => {
      await open(listOf(offer('p1', 'offered')));
      fixture.destroy();
      jest.advanceTimersByTime(OFFERS_POLL_MS * 3);
      expect(pending()).toHaveLength(0);
    });
  });
});
