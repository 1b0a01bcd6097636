import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  MatchingRun,
  MatchingRunProposals,
  MatchProposal,
  SendOffersPreview,
  ProposalAlternative,
  Role,
} from '@kohorte/contracts';
import { nextRequest, provideTestEnvironment, settle } from '../../testing/test-providers';
import { SessionStore } from '../core/auth/session';
import { MatchingRunView, OFFER_POLL_MS } from './matching-run-view';

const PROPOSALS_URL = '/api/v1/matching-runs/r1/proposals';

const RUN: MatchingRun = {
  id: 'r1',
  cohortId: 'c1',
  kind: 'mentors',
  status: 'done',
  progress: 100,
  step: null,
  error: null,
  parameters: {
    k: 2,
    minScore: 0,
    weights: {},
    fairness: false,
    fairnessPenalty: 0,
    offerNextOnDecline: true,
  },
  totalScore: 157.5,
  stats: {
    startups: 2,
    partners: 3,
    excluded: 0,
    pinned: 0,
    candidates: 6,
    nodes: 7,
    arcs: 12,
    pivots: 9,
    scoringMs: 0.35871099999985745,
    solveMs: 5.163873999999851,
    engineMs: 30,
    proposals: 3,
    shortfalls: 1,
    partnersUsed: 3,
    partnersUsedWithoutSpreading: 2,
  },
  counts: {
    proposed: 3,
    approved: 0,
    'startup-asked': 0,
    offered: 0,
    accepted: 0,
    declined: 0,
    expired: 0,
    rejected: 0,
    withdrawn: 0,
  },
  createdBy: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  startedAt: null,
  finishedAt: null,
};

function proposal(id: string, startupId: string, mentor: string, score: number): MatchProposal {
  return {
    id,
    runId: 'r1',
    startupId,
    partner: { id: `m-${mentor}`, name: mentor },
    score,
    parts: [
      {
        part: 'topics',
        points: score / 2,
        max: 45,
        reason: {
          de: 'teilt 2 von 3 Themen: Preisgestaltung',
          en: 'shares 2 of 3 topics: Pricing',
        },
      },
    ],
    rank: 1,
    status: 'proposed',
    pinned: false,
    decidedAt: null,
  };
}

const VIEW: MatchingRunProposals = {
  run: RUN,
  startups: [
    {
      startup: { id: 's1', name: 'Acme Solar' },
      proposals: [proposal('p1', 's1', 'Paula', 80), proposal('p2', 's1', 'Bruno', 45.5)],
      shortfall: null,
    },
    {
      startup: { id: 's2', name: 'Beta Health' },
      proposals: [proposal('p3', 's2', 'Hanna', 32)],
      shortfall: { wanted: 2, assigned: 1, candidates: 1, reason: 'no-candidate' },
    },
  ],
  load: [
    {
      partner: { id: 'm-Paula', name: 'Paula' },
      proposed: 1,
      committed: 0,
      capacity: 3,
      live: 0,
      offered: 0,
    },
    {
      partner: { id: 'm-Bruno', name: 'Bruno' },
      proposed: 1,
      committed: 0,
      capacity: 1,
      live: 0,
      offered: 0,
    },
    // One live mentorship and an offer from another run, plus this run's proposal.
    {
      partner: { id: 'm-Hanna', name: 'Hanna' },
      proposed: 1,
      committed: 2,
      capacity: 3,
      live: 1,
      offered: 1,
    },
  ],
};

describe('MatchingRunView', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const el = () => harness.routeNativeElement as HTMLElement;
  const all = (testId: string) =>
    Array.from(el().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  const one = (testId: string, root: ParentNode = el()) =>
    root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

  async function openAs(role: Role, view: MatchingRunProposals = VIEW): Promise<void> {
    TestBed.inject(SessionStore).signIn({ email: 'a@example.org', password: 'x' }).subscribe();
    http.expectOne('/api/v1/auth/sign-in').flush({
      user: { id: 'u1', email: 'a@example.org', name: 'Ada', role, locale: 'en', createdAt: '' },
    });
    const navigation = harness.navigateByUrl('/cohorts/c1/matching/r1', MatchingRunView);
    (await nextRequest(http, (url) => url === PROPOSALS_URL)).flush(view);
    await navigation;
    await harness.fixture.whenStable();
  }

  /** The next proposals request (after a filter or a decision), answered with `view`. */
  /** Answers the send dialog's preview, checks what it shows, and confirms. */
  async function confirmSend(preview: SendOffersPreview, shows: string[]): Promise<void> {
    const asked = await nextRequest(http, (url) => url.endsWith('/offers/preview'));
    asked.flush(preview);
    await settle();
    const dialog = await waitForElement('[data-testid="send-offers-dialog"]');
    for (const text of shows) expect(dialog.textContent?.replace(/\s+/g, ' ')).toContain(text);
    (document.querySelector('[data-testid="send-offers-confirm"]') as HTMLButtonElement).click();
  }

  async function waitForElement(selector: string): Promise<Element> {
    for (let i = 0; i < 50; i++) {
      harness.fixture.detectChanges();
      const found = document.querySelector(selector);
      if (found?.textContent?.trim()) return found;
      await settle();
    }
    throw new Error(`${selector} never showed`);
  }

  async function reload(view: MatchingRunProposals = VIEW): Promise<URLSearchParams> {
    const request = await nextRequest(http, (url) => url === PROPOSALS_URL);
    const params = new URLSearchParams(request.request.params.toString());
    request.flush(view);
    await harness.fixture.whenStable();
    return params;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter(
          [
            { path: 'cohorts/:id/matching/:runId', component: MatchingRunView },
            { path: '**', children: [] },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  it('shows each startup’s proposals with scores and reasons, shortfalls and the load', async () => {
    await openAs('manager');
    expect(all('startup-proposals').map((s) => s.querySelector('h3')?.textContent?.trim())).toEqual(
      ['Acme Solar', 'Beta Health'],
    );
    const [paula] = all('proposal');
    expect(one('proposal-score', paula)?.textContent?.trim()).toBe('80');
    expect(one('proposal-parts', paula)?.textContent).toContain('shares 2 of 3 topics: Pricing');
    expect(one('shortfall')?.textContent).toContain('1 of 2');
    const rows = Array.from(el().querySelectorAll('[data-testid="partner-load"] tbody tr'));
    expect(rows.map((row) => row.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Paula0 + 1 proposed / 3 0 taken, 0 offered, 1 proposed, of 3 places',
      'Bruno0 + 1 proposed / 1 0 taken, 0 offered, 1 proposed, of 1 places',
      'Hanna1 + 1 offered + 1 proposed / 3 1 taken, 1 offered, 1 proposed, of 3 places',
    ]);
    expect(el().querySelector('tr.full[data-partner-id="m-Bruno"]')).not.toBeNull();
    expect(one('approve-all')?.textContent).toContain('3');
    // A manager reads what the run gave, in their words; the solver's figures are not shown.
    const stats = one('matching-stats')?.textContent?.replace(/\s+/g, ' ');
    expect(stats).toContain('Mentors with a startup 3 of 3 (without spreading the load: 2)');
    expect(stats).not.toContain('pivots');
    expect(one('matching-details')).toBeNull();
  });

  it('shows an admin the solver figures behind Details', async () => {
    await openAs('admin');
    const details = one('matching-details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('0.4 ms scoring, 5.2 ms solving');
    expect(details.textContent).toContain('Solver pivots');
  });

  it('offers no decisions to a viewer', async () => {
    await openAs('viewer');
    expect(all('proposal')).toHaveLength(3);
    for (const id of ['approve-all', 'approve-selected', 'proposal-swap', 'proposal-select']) {
      expect(one(id)).toBeNull();
    }
  });

  it('filters unmatched startups and low scores through the API', async () => {
    await openAs('manager');
    one('filter-unmatched')!.querySelector('button')!.click();
    expect((await reload({ ...VIEW, startups: [VIEW.startups[1]] })).toString()).toBe(
      'unmatched=true',
    );
    expect(all('startup-proposals')).toHaveLength(1);
    one('filter-low-score')!.querySelector('button')!.click();
    expect((await reload()).toString()).toBe('unmatched=true&lowScore=50');
    one('filter-unmatched')!.querySelector('button')!.click();
    expect((await reload()).toString()).toBe('lowScore=50');
  });

  it('swaps a mentor for an alternative from the menu', async () => {
    await openAs('manager');
    const bruno = all('proposal')[1];
    one('proposal-swap', bruno)!.click();
    await settle();
    const alternatives: ProposalAlternative[] = [
      { partner: { id: 'm-Petra', name: 'Petra' }, score: 41.25, parts: [], freePlaces: 2 },
      { partner: { id: 'm-Jonas', name: 'Jonas' }, score: 12, parts: [], freePlaces: 1 },
    ];
    (await nextRequest(http, (url) => url === '/api/v1/match-proposals/p2/alternatives')).flush(
      alternatives,
    );
    await harness.fixture.whenStable();
    const options = Array.from(
      document.querySelectorAll<HTMLButtonElement>('[data-testid="swap-option"]'),
    );
    expect(options.map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Petra · 41.3',
      'Jonas · 12',
    ]);
    options[0].click();
    const swap = http.expectOne({ method: 'POST', url: '/api/v1/match-proposals/p2/swap' });
    expect(swap.request.body).toEqual({ mentorId: 'm-Petra' });
    swap.flush(proposal('p4', 's1', 'Petra', 41.25));
    await reload();
  });

  it('approves the selected proposals, then all that are left', async () => {
    await openAs('manager');
    const approveSelected = one('approve-selected') as HTMLButtonElement;
    expect(approveSelected.disabled).toBe(true);
    const boxes = all('proposal-select');
    expect(boxes).toHaveLength(3);
    boxes[0].querySelector('input')!.click();
    boxes[2].querySelector('input')!.click();
    await harness.fixture.whenStable();
    expect(approveSelected.disabled).toBe(false);
    expect(approveSelected.textContent).toContain('2');
    approveSelected.click();
    const selected = http.expectOne({ method: 'POST', url: '/api/v1/matching-runs/r1/approve' });
    expect(selected.request.body).toEqual({ proposalIds: ['p1', 'p3'] });
    selected.flush([]);
    const approved = (p: MatchProposal): MatchProposal =>
      p.id === 'p2' ? p : { ...p, status: 'approved' };
    await reload({
      ...VIEW,
      startups: VIEW.startups.map((s) => ({ ...s, proposals: s.proposals.map(approved) })),
    });
    expect(all('proposal').map((p) => p.getAttribute('data-status'))).toEqual([
      'approved',
      'proposed',
      'approved',
    ]);
    expect(all('proposal-select')).toHaveLength(1);

    one('approve-all')!.click();
    const rest = http.expectOne({ method: 'POST', url: '/api/v1/matching-runs/r1/approve' });
    expect(rest.request.body).toEqual({});
    rest.flush([]);
    await reload();
  });

  it('sends the approved proposals as offers and shows how many went out', async () => {
    await openAs('manager');
    const send = one('send-offers') as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    const approved: MatchingRunProposals = {
      ...VIEW,
      run: { ...RUN, counts: { ...RUN.counts, proposed: 1, approved: 2 } },
      startups: VIEW.startups.map((s) => ({
        ...s,
        proposals: s.proposals.map((p) => (p.id === 'p2' ? p : { ...p, status: 'approved' })),
      })),
    };
    one('filter-unmatched')!.querySelector('button')!.click();
    await reload(approved);
    expect(send.disabled).toBe(false);
    expect(send.textContent).toContain('2');
    send.click();
    await confirmSend(
      {
        offers: 2,
        emails: 2,
        recipients: [
          { name: 'Petra', startups: 1, locale: 'de' },
          { name: 'Jonas', startups: 1, locale: 'en' },
        ],
        example: {
          to: 'petra@example.org',
          subject: 'Mentoring-Anfrage: Kiezkasse',
          text: 'Hallo Petra, … /respond/offer/[link]',
          html: '<p>Hallo Petra</p>',
        },
      },
      [
        '2 offer(s) in 2 email(s)',
        'Petra – 1 startup(s), in German',
        'Mentoring-Anfrage: Kiezkasse',
      ],
    );
    const request = await nextRequest(http, (url) => url === '/api/v1/matching-runs/r1/offers');
    expect(request.request.method).toBe('POST');
    request.flush({ offered: 2, emails: 2, skipped: [] });
    const offered: MatchingRunProposals = {
      ...approved,
      run: { ...RUN, counts: { ...RUN.counts, proposed: 1, offered: 2 } },
      startups: approved.startups.map((s) => ({
        ...s,
        proposals: s.proposals.map((p) =>
          p.status === 'approved' ? { ...p, status: 'offered' } : p,
        ),
      })),
    };
    await reload(offered);
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      '2 offers sent',
    );
    expect(all('proposal').map((p) => p.getAttribute('data-status'))).toEqual([
      'offered',
      'proposed',
      'offered',
    ]);
    expect(send.disabled).toBe(true);
  });

  it('on an investor run asks the startups to agree and says how many were asked', async () => {
    const asApproved = (p: MatchProposal): MatchProposal =>
      p.id === 'p2' ? p : { ...p, status: 'approved' };
    const approved: MatchingRunProposals = {
      ...VIEW,
      run: { ...RUN, kind: 'investors', counts: { ...RUN.counts, proposed: 1, approved: 2 } },
      startups: VIEW.startups.map((s) => ({ ...s, proposals: s.proposals.map(asApproved) })),
    };
    await openAs('manager', approved);
    const send = one('send-offers') as HTMLButtonElement;
    expect(send.disabled).toBe(false);
    expect(send.textContent).toContain('Ask startups to agree (2)');
    send.click();
    await confirmSend({ offers: 2, emails: null, recipients: [], example: null }, [
      'The founders of 2 startups are asked',
    ]);
    (await nextRequest(http, (url) => url === '/api/v1/matching-runs/r1/offers')).flush({
      offered: 2,
      emails: 3,
      skipped: [{ startupId: 's9', startupName: 'Kiezkasse', reason: 'no-founders' }],
    });
    const asked: MatchingRunProposals = {
      ...approved,
      run: { ...approved.run, counts: { ...RUN.counts, proposed: 1, 'startup-asked': 2 } },
      startups: approved.startups.map((s) => ({
        ...s,
        proposals: s.proposals.map((p) =>
          p.status === 'approved' ? { ...p, status: 'startup-asked' } : p,
        ),
      })),
    };
    await reload(asked);
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'Founders asked to agree to 2 introductions Not sent, no founder on record: Kiezkasse.',
    );
    const statuses = all('proposal').map((p) => p.getAttribute('data-status'));
    expect(statuses).toEqual(['startup-asked', 'proposed', 'startup-asked']);
    const chip = all('proposal')[0].querySelector('.badge.status')!;
    expect(chip.textContent?.trim()).toBe('founders asked');
    expect(chip.getAttribute('data-status')).toBe('startup-asked');
    expect(send.disabled).toBe(true);
  });

  it('shows no "Send offers" to a viewer', async () => {
    await openAs('viewer', { ...VIEW, run: { ...RUN, counts: { ...RUN.counts, approved: 2 } } });
    expect(one('send-offers')).toBeNull();
  });

  describe('while offers wait for answers', () => {
    /** The view with p1 in `status` and the run's counts to match. */
    function withP1(status: 'startup-asked' | 'offered' | 'accepted'): MatchingRunProposals {
      return {
        ...VIEW,
        run: { ...RUN, counts: { ...RUN.counts, proposed: 2, [status]: 1 } },
        startups: VIEW.startups.map((group) => ({
          ...group,
          proposals: group.proposals.map((p) => (p.id === 'p1' ? { ...p, status } : p)),
        })),
      };
    }
    const pending = () => http.match(PROPOSALS_URL).filter((req) => !req.cancelled);

    // Fake clocks that still move with real time, so navigation and HTTP settle as usual.
    beforeEach(() => {
      jest.useFakeTimers({ advanceTimers: true });
    });
    afterEach(() => {
      jest.useRealTimers();
    });

    it('asks again every 10 s, shows an accept without a reload, and stops when none is offered', async () => {
      await openAs('manager', withP1('offered'));
      expect(el().querySelector('[data-testid="proposal"]')?.getAttribute('data-status')).toBe(
        'offered',
      );
      jest.advanceTimersByTime(OFFER_POLL_MS - 100);
      expect(pending()).toHaveLength(0);
      jest.advanceTimersByTime(100);
      const [first] = pending();
      expect(first).toBeDefined();
      first.flush(withP1('offered'));
      await harness.fixture.whenStable();

      jest.advanceTimersByTime(OFFER_POLL_MS);
      const [second] = pending();
      expect(second).toBeDefined();
      second.flush(withP1('accepted'));
      await harness.fixture.whenStable();
      expect(el().querySelector('[data-testid="proposal"]')?.getAttribute('data-status')).toBe(
        'accepted',
      );

      // Nothing is offered any more: no more polling.
      jest.advanceTimersByTime(OFFER_POLL_MS * 3);
      expect(pending()).toHaveLength(0);
    });

    it('also asks again while founders are asked to agree to an introduction', async () => {
      await openAs('manager', withP1('startup-asked'));
      jest.advanceTimersByTime(OFFER_POLL_MS);
      const [poll] = pending();
      expect(poll).toBeDefined();
      poll.flush(withP1('offered'));
      await harness.fixture.whenStable();
      expect(el().querySelector('[data-testid="proposal"]')?.getAttribute('data-status')).toBe(
        'offered',
      );
    });

    it('does not poll without offers', async () => {
      await openAs('manager');
      jest.advanceTimersByTime(OFFER_POLL_MS * 2);
      expect(pending()).toHaveLength(0);
    });

    it('stops when the view is left', async () => {
      await openAs('manager', withP1('offered'));
      await harness.navigateByUrl('/elsewhere');
      jest.advanceTimersByTime(OFFER_POLL_MS * 2);
      expect(pending()).toHaveLength(0);
    });
  });
});
