import { beforeEach, describe, expect, it } from '@jest/globals';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ImportKind } from '@kohorte/contracts';
import { provideTestEnvironment, settle } from '../../testing/test-providers';
import { LanguageService } from '../core/i18n/language';
import { ExportButton } from './export-button';

@Component({
  imports: [ExportButton],
  template: `<app-export-button [list]="list()" [query]="query()" />`,
})
class Host {
  readonly list = signal<ImportKind>('mentors');
  readonly query = signal<Record<string, string | number>>({});
}

describe('ExportButton', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestEnvironment() });
  });

  async function render(list: ImportKind, query: Record<string, string | number>) {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.list.set(list);
    fixture.componentInstance.query.set(query);
    fixture.detectChanges();
    await fixture.whenStable();
    const link = fixture.nativeElement.querySelector(
      '[data-testid="export-csv"]',
    ) as HTMLAnchorElement;
    return { fixture, link };
  }

  it('links to the list export with the current filters, without paging', async () => {
    const { link } = await render('mentors', {
      q: 'Ada Berger',
      city: 'Leipzig',
      sector: '',
      page: 3,
      pageSize: 50,
    });
    expect(link.getAttribute('href')).toBe('/api/v1/exports/mentors.csv?q=Ada+Berger&city=Leipzig');
    expect(link.hasAttribute('download')).toBe(true);
    expect(link.textContent).toContain('Export CSV');
    expect(link.querySelector('mat-icon')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('follows filter changes and asks for German headers and semicolons in German', async () => {
    const { fixture, link } = await render('startups', {});
    expect(link.getAttribute('href')).toBe('/api/v1/exports/startups.csv');
    TestBed.inject(LanguageService).use('de').subscribe();
    fixture.componentInstance.query.set({ stage: 'seed' });
    await settle();
    fixture.detectChanges();
    expect(link.getAttribute('href')).toBe(
      '/api/v1/exports/startups.csv?stage=seed&lang=de&delimiter=semicolon',
    );
    expect(link.textContent).toContain('CSV exportieren');
  });
});
