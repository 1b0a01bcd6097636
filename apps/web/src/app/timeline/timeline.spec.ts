import { beforeEach, describe, expect, it } from '@jest/globals';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { TimelineEntry, TimelinePage, Role } from '@kohorte/contracts';
import { provideTestEnvironment, settle, TEST_VOCABULARIES } from '../../testing/test-providers';
import { SessionStore } from '../core/auth/session';
import { Timeline } from './timeline';

const ADA = { id: 'u1', name: 'Ada Admin' };
const BEN = { id: 'u2', name: 'Ben Manager' };

function entry(overrides: Partial<TimelineEntry>): TimelineEntry {
  return {
    id: 'e1',
    subjectType: 'startup',
    subjectId: 's1',
    kind: 'created',
    actor: ADA,
    actorLabel: null,
    body: null,
    changes: null,
    data: null,
    createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    editedAt: null,
    deletedAt: null,
    deletedBy: null,
    ...overrides,
  };
}

@Component({
  imports: [Timeline],
  template: `<app-timeline subjectType="startup" [subjectId]="id()" />`,
})
class Host {
  readonly id = signal('s1');
}

describe('Timeline', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<Host>;
  const el = () => fixture.nativeElement as HTMLElement;
  const entries = () => [...el().querySelectorAll<HTMLElement>('[data-testid="timeline-entry"]')];

  async function signIn(role: Role, user = ADA): Promise<void> {
    TestBed.inject(SessionStore).signIn({ email: 'x@example.org', password: 'x' }).subscribe();
    http.expectOne('/api/v1/auth/sign-in').flush({
      user: { ...user, email: 'x@example.org', role, locale: 'en', createdAt: '' },
    });
  }

  async function open(items: TimelineEntry[], total = items.length): Promise<void> {
    fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await settle();
    http.expectOne('/api/v1/vocabularies').flush(TEST_VOCABULARIES);
    const page: TimelinePage = { items, total, page: 1, pageSize: 20 };
    http
      .expectOne(
        (req) =>
          req.url === '/api/v1/timeline' &&
          req.params.get('subjectType') === 'startup' &&
          req.params.get('subjectId') === 's1' &&
          req.params.get('page') === '1',
      )
      .flush(page);
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestEnvironment()] });
    http = TestBed.inject(HttpTestingController);
  });

  it('shows an edit as "Field: before → after", with labels for vocabulary keys and statuses', async () => {
    await signIn('viewer');
    await open([
      entry({
        kind: 'updated',
        changes: [
          { field: 'city', before: 'Halle', after: 'Leipzig' },
          { field: 'sectors', before: ['fintech'], after: ['fintech', 'health'] },
          { field: 'stage', before: null, after: 'seed' },
          { field: 'teamSize', before: 1200, after: null },
          { field: 'tags', before: [], after: ['EXIST'] },
        ],
      }),
    ]);
    const [updated] = entries();
    expect(updated.dataset['kind']).toBe('updated');
    expect(updated.querySelector('.who')?.textContent).toContain('Ada Admin');
    expect(updated.querySelector('time')?.textContent?.trim()).toBe('5 minutes ago');
    expect(updated.querySelector('time')?.getAttribute('title')).toMatch(/\d{4}/);
    const lines = [...updated.querySelectorAll('.changes li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(lines).toEqual([
      'City: Halle → Leipzig',
      'Sectors: Fintech → Fintech, Health',
      'Stage: — → Seed',
      'Team size: 1,200 → —',
      'Tags: — → EXIST',
    ]);
  });

  it('names founders and imports by label, and a founder’s figures by field and month', async () => {
    await signIn('viewer');
    await open([
      entry({
        id: 'e1',
        kind: 'updated',
        actor: null,
        actorLabel: 'founder',
        changes: [
          { field: 'revenueEur', before: null, after: 12500 },
          { field: 'customers', before: 3, after: 5 },
          { field: 'fundingRaisedEur', before: null, after: 250000 },
          { field: 'highlights', before: null, after: 'First pilot' },
          { field: 'asks', before: null, after: 'Intros to retailers' },
        ],
        data: { figuresMonth: '2026-03' },
      }),
      entry({
        id: 'e2',
        kind: 'updated',
        actor: null,
        actorLabel: 'founder',
        changes: [{ field: 'oneLiner', before: 'Old', after: 'New' }],
      }),
      entry({ id: 'e3', kind: 'updated', actor: null, actorLabel: 'import' }),
      entry({ id: 'e4', kind: 'updated', actor: null, actorLabel: 'robot' }),
    ]);
    const [figures, profile, imported, unknown] = entries();
    expect(figures.querySelector('.who')?.textContent).toContain('Founder (via link)');
    expect(figures.querySelector('.summary')?.textContent).toBe('Figures for March 2026 changed');
    const lines = [...figures.querySelectorAll('.changes li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(lines).toEqual([
      'Revenue (EUR): — → 12,500',
      'Customers: 3 → 5',
      'Funding raised (EUR): — → 250,000',
      'Highlights: — → First pilot',
      'Asks: — → Intros to retailers',
    ]);
    expect(profile.querySelector('.who')?.textContent).toContain('Founder (via link)');
    expect(profile.querySelector('.summary')?.textContent).toBe('Changed');
    expect(imported.querySelector('.who')?.textContent).toContain('Import');
    expect(unknown.querySelector('.who')?.textContent).toContain('robot');
  });

  it('shows a deleted note as a tombstone, without its text or actions', async () => {
    await signIn('admin');
    await open([
      entry({
        kind: 'note',
        body: null,
        deletedAt: '2025-03-04T10:00:00.000Z',
        deletedBy: BEN,
        editedAt: '2025-03-03T10:00:00.000Z',
      }),
    ]);
    const [tombstone] = entries();
    expect(tombstone.querySelector('.tombstone')?.textContent).toMatch(
      /^Note deleted by Ben Manager on 04\/03\/2025, \d\d:\d\d$/,
    );
    expect(tombstone.querySelector('[data-testid="note-edit"]')).toBeNull();
    expect(tombstone.querySelector('[data-testid="note-delete"]')).toBeNull();
  });

  it('describes membership moves in words, with the cohort', async () => {
    await signIn('viewer');
    await open([
      entry({
        kind: 'membership',
        changes: [{ field: 'status', before: 'applied', after: 'active' }],
        data: { cohortId: 'c1', cohortName: 'Spring 2025', startupId: 's1', startupName: 'Acme' },
      }),
    ]);
    expect(entries()[0].querySelector('.summary')?.textContent).toBe(
      'Moved from applied to active in Spring 2025',
    );
    expect(entries()[0].querySelector('.changes')).toBeNull();
  });

  it('writes a note and shows it first; viewers get no form', async () => {
    await signIn('manager', BEN);
    await open([entry({})]);
    const input = el().querySelector<HTMLTextAreaElement>('[data-testid="note-input"]')!;
    input.value = '  Called the founders  ';
    input.dispatchEvent(new Event('input'));
    el().querySelector<HTMLButtonElement>('[data-testid="note-save"]')!.click();
    const req = http.expectOne({ method: 'POST', url: '/api/v1/notes' });
    expect(req.request.body).toEqual({
      subjectType: 'startup',
      subjectId: 's1',
      body: 'Called the founders',
    });
    req.flush(entry({ id: 'n1', kind: 'note', actor: BEN, body: 'Called the founders' }));
    await fixture.whenStable();
    expect(entries()[0].querySelector('.text')?.textContent).toBe('Called the founders');
    expect(input.value).toBe('');
    // The author may change their note; the other entry is not a note.
    expect(entries()[0].querySelector('[data-testid="note-edit"]')).not.toBeNull();
    expect(entries()[1].querySelector('[data-testid="note-edit"]')).toBeNull();
  });

  it('offers edit and delete on notes to their author and admins only', async () => {
    await signIn('manager', BEN);
    await open([
      entry({ id: 'mine', kind: 'note', actor: BEN, body: 'Mine' }),
      entry({ id: 'theirs', kind: 'note', actor: ADA, body: 'Theirs' }),
    ]);
    const [mine, theirs] = entries();
    expect(mine.querySelector('[data-testid="note-delete"]')).not.toBeNull();
    expect(theirs.querySelector('[data-testid="note-delete"]')).toBeNull();
  });

  it('edits a note inline and marks it edited', async () => {
    await signIn('manager', BEN);
    await open([entry({ id: 'n1', kind: 'note', actor: BEN, body: 'Draft' })]);
    el().querySelector<HTMLButtonElement>('[data-testid="note-edit"]')!.click();
    await fixture.whenStable();
    const input = el().querySelector<HTMLTextAreaElement>('[data-testid="note-edit-input"]')!;
    expect(input.value).toBe('Draft');
    input.value = 'Final';
    input.dispatchEvent(new Event('input'));
    el().querySelector<HTMLButtonElement>('[data-testid="note-update"]')!.click();
    const req = http.expectOne({ method: 'PATCH', url: '/api/v1/notes/n1' });
    expect(req.request.body).toEqual({ body: 'Final' });
    req.flush(
      entry({
        id: 'n1',
        kind: 'note',
        actor: BEN,
        body: 'Final',
        editedAt: new Date().toISOString(),
        changes: [{ field: 'body', before: 'Draft', after: 'Final' }],
      }),
    );
    await fixture.whenStable();
    expect(entries()[0].querySelector('.text')?.textContent).toBe('Final');
    expect(entries()[0].querySelector('.edited')?.textContent).toBe('(edited)');
    expect(entries()[0].querySelector('.changes')).toBeNull();
  });

  it('deletes a note only after confirmation and shows the tombstone', async () => {
    await signIn('admin');
    await open([entry({ id: 'n1', kind: 'note', actor: BEN, body: 'Gone soon' })]);
    el().querySelector<HTMLButtonElement>('[data-testid="note-delete"]')!.click();
    await fixture.whenStable();
    http.expectNone({ method: 'DELETE' });
    el().querySelector<HTMLButtonElement>('[data-testid="note-delete-confirm"]')!.click();
    http.expectOne({ method: 'DELETE', url: '/api/v1/notes/n1' }).flush(
      entry({
        id: 'n1',
        kind: 'note',
        actor: BEN,
        body: null,
        deletedAt: '2025-05-06T08:00:00.000Z',
        deletedBy: ADA,
      }),
    );
    await fixture.whenStable();
    expect(entries()[0].querySelector('.tombstone')?.textContent).toContain(
      'Note deleted by Ada Admin',
    );
    expect(el().textContent).not.toContain('Gone soon');
  });

  it('loads more entries on request', async () => {
    await signIn('viewer');
    await open([entry({ id: 'a' })], 2);
    el().querySelector<HTMLButtonElement>('[data-testid="timeline-more"]')!.click();
    http
      .expectOne((req) => req.url === '/api/v1/timeline' && req.params.get('page') === '2')
      .flush({ items: [entry({ id: 'b', kind: 'archived' })], total: 2, page: 2, pageSize: 20 });
    await fixture.whenStable();
    expect(entries().map((li) => li.dataset['kind'])).toEqual(['created', 'archived']);
    expect(el().querySelector('[data-testid="timeline-more"]')).toBeNull();
  });
});
