import { beforeEach, describe, expect, it } from '@jest/globals';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { SavedView } from '@kohorte/contracts';
import { provideTestEnvironment, settle } from '../../testing/test-providers';
import { SavedViews, savableQuery } from './saved-views';

const SEED: SavedView = {
  id: 'f1',
  list: 'startups',
  name: 'Seed fintechs',
  query: { stage: 'seed', sector: 'fintech' },
  createdAt: '2025-01-01T00:00:00.000Z',
};

@Component({
  imports: [SavedViews],
  template: `<app-saved-views list="startups" [query]="query()" (apply)="applied.push($event)" />`,
})
class Host {
  readonly query = signal<Record<string, string>>({ city: 'Jena', page: '3', q: '' });
  readonly applied: Record<string, string>[] = [];
}

describe('savableQuery', () => {
  it('leaves out paging and empty parameters', () => {
    expect(savableQuery({ page: '2', pageSize: '50', q: '', city: 'Jena' })).toEqual({
      pageSize: '50',
      city: 'Jena',
    });
  });
});

describe('SavedViews', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<Host>;
  const doc = () => document.body;

  async function openMenu(filters: SavedView[]): Promise<void> {
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid="saved-filters"]')!
      .click();
    http
      .expectOne(
        (req) => req.url === '/api/v1/saved-views' && req.params.get('list') === 'startups',
      )
      .flush(filters);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideTestEnvironment()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
  });

  it('lists the saved views and applies the one clicked', async () => {
    await openMenu([SEED]);
    const item = doc().querySelector<HTMLButtonElement>('[data-testid="saved-filter"]')!;
    expect(item.textContent?.trim()).toBe('Seed fintechs');
    item.click();
    expect(fixture.componentInstance.applied).toEqual([{ stage: 'seed', sector: 'fintech' }]);
  });

  it('saves the current view without paging, and shows a taken name beside the field', async () => {
    await openMenu([]);
    expect(doc().textContent).toContain('No saved views yet');
    doc().querySelector<HTMLButtonElement>('[data-testid="saved-filter-save"]')!.click();
    await settle();
    await fixture.whenStable();
    const name = doc().querySelector<HTMLInputElement>('[data-testid="saved-filter-name"]')!;
    name.value = 'Jena';
    name.dispatchEvent(new Event('input'));
    doc().querySelector<HTMLButtonElement>('[data-testid="saved-filter-submit"]')!.click();

    const first = http.expectOne({ method: 'POST', url: '/api/v1/saved-views' });
    expect(first.request.body).toEqual({ list: 'startups', name: 'Jena', query: { city: 'Jena' } });
    first.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'taken',
        errors: [{ field: 'name', messages: ['You already have a saved view named "Jena"'] }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    await settle();
    expect(
      doc().querySelector('[data-testid="saved-filter-name-error"]')?.textContent?.trim(),
    ).toBe('You already have a saved view named "Jena"');

    name.value = 'Jena 2';
    name.dispatchEvent(new Event('input'));
    doc().querySelector<HTMLButtonElement>('[data-testid="saved-filter-submit"]')!.click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/saved-views' })
      .flush({ ...SEED, id: 'f2', name: 'Jena 2', query: { city: 'Jena' } });
    await fixture.whenStable();
    await settle();
    expect(doc().querySelector('[data-testid="saved-filter-name"]')).toBeNull();
  });

  it('deletes a view', async () => {
    await openMenu([SEED]);
    doc().querySelector<HTMLButtonElement>('[data-testid="saved-filter-delete"]')!.click();
    http.expectOne({ method: 'DELETE', url: '/api/v1/saved-views/f1' }).flush(null);
    await fixture.whenStable();
    await openMenu([]);
    expect(doc().querySelector('[data-testid="saved-filter"]')).toBeNull();
  });
});
