import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import { MatchingRun, StartMatchingRunRequest } from '@kohorte/contracts';
import { provideTestEnvironment, settle } from '../../testing/test-providers';
import { POLL_MS, StartMatchingDialog, StartMatchingData } from './start-matching-dialog';

const START_URL = '/api/v1/cohorts/c1/matching-runs';

function runOf(overrides: Partial<MatchingRun>): MatchingRun {
  return {
    id: 'r1',
    cohortId: 'c1',
    kind: 'mentors',
    status: 'queued',
    progress: 0,
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
    totalScore: null,
    stats: null,
    counts: {
      proposed: 0,
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
    ...overrides,
  };
}

describe('StartMatchingDialog', () => {
  let http: HttpTestingController;
  let closedWith: string | undefined;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideTestEnvironment(), provideRouter([{ path: '**', children: [] }])],
    });
    http = TestBed.inject(HttpTestingController);
    closedWith = undefined;
  });

  async function open(kind: StartMatchingData['kind']): Promise<void> {
    const ref = TestBed.inject(MatDialog).open<StartMatchingDialog, StartMatchingData, string>(
      StartMatchingDialog,
      { data: { cohortId: 'c1', kind } },
    );
    ref.afterClosed().subscribe((runId) => (closedWith = runId));
    await settle();
  }

  const q = <T extends Element = HTMLElement>(selector: string) =>
    document.querySelector<T>(`mat-dialog-container ${selector}`);

  function setK(value: string): void {
    const input = q<HTMLInputElement>('[data-testid="matching-k"]')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  async function start(): Promise<void> {
    q<HTMLButtonElement>('[data-testid="matching-start"]')!.click();
    await settle();
  }

  const kError = () =>
    q('[data-testid="matching-k"]')!.closest('mat-form-field')?.querySelector('mat-error')
      ?.textContent;

  it('sends the parameters as the request body: defaults, then k and fairness changed', async () => {
    await open('mentors');
    await start();
    const first = http.expectOne({ method: 'POST', url: START_URL });
    expect(first.request.body).toEqual({
      kind: 'mentors',
      k: 2,
      minScore: 0,
      fairness: true,
      offerNextOnDecline: true,
      weights: { topics: 45, sector: 15, stage: 10, language: 10, location: 10, capacity: 10 },
    } satisfies StartMatchingRunRequest);
    first.flush(
      { statusCode: 503, error: 'Service Unavailable', message: 'The queue is not reachable' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await settle();
    // The failure shows above the form, which stays for another try.
    expect(q('[role="alert"]')?.textContent).toContain('The queue is not reachable');

    setK('3');
    q<HTMLElement>('[data-testid="matching-fairness"] button')!.click();
    await start();
    const second = http.expectOne({ method: 'POST', url: START_URL });
    expect(second.request.body).toMatchObject({ kind: 'mentors', k: 3, fairness: false });
  });

  it('sends the investor parts and their defaults for an investor run', async () => {
    await open('investors');
    expect(q('h2')?.textContent).toContain('Match investors');
    await start();
    expect(http.expectOne({ method: 'POST', url: START_URL }).request.body).toEqual({
      kind: 'investors',
      k: 2,
      minScore: 0,
      fairness: true,
      weights: { sector: 35, stage: 25, ticket: 25, region: 15 },
    });
  });

  it('checks k before sending, and shows the API’s error for k beside it', async () => {
    await open('mentors');
    for (const bad of ['0', '11', '']) {
      setK(bad);
      await start();
      http.expectNone(START_URL);
      expect(kError()).toBeTruthy();
    }
    setK('4');
    await start();
    http.expectOne({ method: 'POST', url: START_URL }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Some fields are invalid',
        errors: [{ field: 'k', messages: ['k is more than the pool can take'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(kError()).toContain('k is more than the pool can take');
  });

  it('polls the run’s progress and opens the proposals when it is done', async () => {
    await open('mentors');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate');
    await start();
    http.expectOne({ method: 'POST', url: START_URL }).flush({ id: 'r1', status: 'queued' });
    await settle();
    http
      .expectOne('/api/v1/matching-runs/r1')
      .flush(runOf({ status: 'running', step: 'solving', progress: 40 }));
    await settle();
    const progress = q('[data-testid="matching-progress"]')!;
    expect(progress.getAttribute('data-status')).toBe('running');
    expect(progress.textContent).toContain('Running');
    expect(progress.textContent).toContain('finding the best assignment');
    expect(progress.textContent).toContain('40 %');
    expect(q('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('40');
    // The form is gone while it runs: nothing can be started twice.
    expect(q('[data-testid="matching-start"]')).toBeNull();

    await settle(POLL_MS + 50);
    http.expectOne('/api/v1/matching-runs/r1').flush(runOf({ status: 'done', progress: 100 }));
    await settle();
    expect(closedWith).toBe('r1');
    expect(navigate).toHaveBeenCalledWith(['/cohorts', 'c1', 'matching', 'r1']);
    await settle(POLL_MS + 50);
    http.expectNone('/api/v1/matching-runs/r1');
  });

  it('shows why a run failed and stops polling', async () => {
    await open('mentors');
    await start();
    http.expectOne({ method: 'POST', url: START_URL }).flush({ id: 'r1', status: 'queued' });
    await settle();
    http.expectOne('/api/v1/matching-runs/r1').flush(
      runOf({
        status: 'failed',
        error: 'The mentor pool is empty: add active mentors to the pool.',
      }),
    );
    await settle();
    expect(q('[data-testid="matching-error"]')?.textContent).toContain('mentor pool is empty');
    expect(closedWith).toBeUndefined();
    await settle(POLL_MS + 50);
    http.expectNone('/api/v1/matching-runs/r1');
  });
});
