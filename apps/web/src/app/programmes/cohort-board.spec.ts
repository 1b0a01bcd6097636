import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { CdkDragDrop } from '@angular/cdk/drag-drop';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { CohortPoolMentor, CohortStartup, MembershipStatus } from '@kohorte/contracts';
import { provideTestEnvironment, settle } from '../../testing/test-providers';
import { CohortBoard } from './cohort-board';

function member(id: string, name: string, status: MembershipStatus): CohortStartup {
  return {
    startup: { id, name, stage: null, city: 'Leipzig' },
    status,
    mentors: [],
    joinedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const POOL: CohortPoolMentor[] = [
  {
    mentor: { id: 'm1', fullName: 'Ada Lovelace', expertise: [], capacity: 3, city: null },
    load: 2,
    offered: 1,
    addedAt: '2026-01-01T00:00:00.000Z',
  },
];

describe('CohortBoard', () => {
  let fixture: ComponentFixture<CohortBoard>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideTestEnvironment(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CohortBoard);
    fixture.componentRef.setInput('cohortId', 'c1');
    fixture.componentRef.setInput('members', [
      member('s1', 'Acme', 'applied'),
      member('s2', 'Beta', 'accepted'),
    ]);
    fixture.componentRef.setInput('pool', POOL);
    fixture.componentRef.setInput('canWrite', true);
    await render();
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
  });

  async function render(): Promise<void> {
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  function column(status: MembershipStatus): string[] {
    const el = fixture.nativeElement as HTMLElement;
    return [
      ...el.querySelectorAll(`[data-testid="board-column-${status}"] [data-testid="board-card"]`),
    ].map((card) => card.getAttribute('data-startup-id') ?? '');
  }

  async function moveWithMenu(startupId: string, status: MembershipStatus): Promise<void> {
    const card = (fixture.nativeElement as HTMLElement).querySelector(
      `[data-startup-id="${startupId}"]`,
    )!;
    card.querySelector<HTMLButtonElement>('[data-testid="card-move-menu"]')!.click();
    await render();
    document.querySelector<HTMLButtonElement>(`[data-testid="move-to-${status}"]`)!.click();
    await render();
  }

  it('moves a card with one click in its menu, at once, and keeps the API’s answer', async () => {
    const changed: void[] = [];
    fixture.componentInstance.changed.subscribe(() => changed.push(undefined));
    await moveWithMenu('s1', 'active');
    expect(column('applied')).toEqual([]);
    expect(column('active')).toEqual(['s1']);

    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/cohorts/c1/startups/s1' });
    expect(request.request.body).toEqual({ status: 'active' });
    request.flush({ ...member('s1', 'Acme', 'active'), updatedAt: '2026-02-01T00:00:00.000Z' });
    await render();
    expect(column('active')).toEqual(['s1']);
    expect(fixture.componentInstance.members()[0].updatedAt).toBe('2026-02-01T00:00:00.000Z');
    expect(changed).toHaveLength(1);
  });

  it('snaps a refused move back and shows the API’s reason', async () => {
    await moveWithMenu('s1', 'accepted');
    expect(column('accepted')).toEqual(['s1', 's2']);
    http.expectOne('/api/v1/cohorts/c1/startups/s1').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'the cohort is full (1 of 1)',
        errors: [{ field: 'status', messages: ['the cohort is full (1 of 1)'] }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await render();
    expect(column('applied')).toEqual(['s1']);
    expect(column('accepted')).toEqual(['s2']);
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'the cohort is full (1 of 1)',
    );
  });

  it('moves a dropped card to the column it was dropped on; a drop in its own column does nothing', async () => {
    const board = fixture.componentInstance as unknown as {
      onDrop(event: Partial<CdkDragDrop<MembershipStatus, MembershipStatus, CohortStartup>>): void;
    };
    const beta = fixture.componentInstance.members()[1];
    const own = { data: 'accepted' as MembershipStatus };
    board.onDrop({
      item: { data: beta } as never,
      container: own as never,
      previousContainer: own as never,
    });
    http.expectNone('/api/v1/cohorts/c1/startups/s2');

    board.onDrop({
      item: { data: beta } as never,
      container: { data: 'alumni' } as never,
      previousContainer: own as never,
    });
    await render();
    expect(column('alumni')).toEqual(['s2']);
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/cohorts/c1/startups/s2' })
      .flush(member('s2', 'Beta', 'alumni'));
  });

  it('assigns a mentor from the pool menu and shows the API’s refusal', async () => {
    const card = (fixture.nativeElement as HTMLElement).querySelector('[data-startup-id="s2"]')!;
    card.querySelector<HTMLButtonElement>('[data-testid="card-assign-mentor"]')!.click();
    await render();
    const option = document.querySelector<HTMLButtonElement>(
      '[data-testid="assign-mentor-option"]',
    )!;
    expect(option.textContent).toContain('Ada Lovelace (3 of 3)');
    option.click();
    const request = http.expectOne({
      method: 'POST',
      url: '/api/v1/cohorts/c1/startups/s2/mentors',
    });
    expect(request.request.body).toEqual({ mentorId: 'm1' });
    request.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Ada Lovelace has no free place (3 of 3)',
        errors: [{ field: 'mentorId', messages: ['Ada Lovelace has no free place (3 of 3)'] }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await render();
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'has no free place (3 of 3)',
    );
  });

  it('shows viewers the board without any control that writes', async () => {
    fixture.componentRef.setInput('canWrite', false);
    await render();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelectorAll('[data-testid="board-card"]')).toHaveLength(2);
    expect(el.querySelector('[data-testid="card-move-menu"]')).toBeNull();
    expect(el.querySelector('[data-testid="card-assign-mentor"]')).toBeNull();
  });
});
