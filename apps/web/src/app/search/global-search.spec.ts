import { beforeEach, describe, expect, it } from '@jest/globals';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { HarnessLoader, TestKey } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { provideRouter, Router } from '@angular/router';
import { SearchResult } from '@kohorte/contracts';
import { provideTestEnvironment, settle } from '../../testing/test-providers';
import { GlobalSearch, SEARCH_DEBOUNCE_MS } from './global-search';

@Component({ selector: 'app-page', template: 'record' })
class RecordStub {}

const RESULT: SearchResult = {
  q: 'sol',
  groups: [
    {
      type: 'startup',
      hits: [
        {
          id: 's1',
          title: 'Solarwerk',
          subtitle: 'Leipzig',
          matched: null,
          archived: false,
        },
        {
          id: 's2',
          title: 'Kiefer Labs',
          subtitle: null,
          matched: 'Sol Meyer <sol@kiefer.test>',
          archived: true,
        },
      ],
    },
    {
      type: 'mentor',
      hits: [{ id: 'm1', title: 'Soléne Weiß', subtitle: 'CTO', matched: null, archived: false }],
    },
  ],
};

describe('GlobalSearch', () => {
  let fixture: ComponentFixture<GlobalSearch>;
  let http: HttpTestingController;
  let router: Router;
  let loader: HarnessLoader;

  const input = () =>
    fixture.nativeElement.querySelector('[data-testid="global-search"]') as HTMLInputElement;
  const autocomplete = () =>
    loader.getHarness(MatAutocompleteHarness.with({ selector: '[data-testid="global-search"]' }));
  const searchRequests = () => http.match((req) => req.url === '/api/v1/search');

  /** Types into the box and waits out the debounce; returns the request it sent. */
  async function type(text: string): Promise<TestRequest> {
    await (await autocomplete()).enterText(text);
    await settle(SEARCH_DEBOUNCE_MS + 20);
    const requests = searchRequests();
    expect(requests).toHaveLength(1);
    return requests[0];
  }

  async function answer(request: TestRequest, result: SearchResult): Promise<void> {
    request.flush(result);
    await fixture.whenStable();
    // The autocomplete shows new options a tick after they render.
    await settle();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter([
          { path: 'startups/:id', component: RecordStub },
          { path: 'mentors/:id', component: RecordStub },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(GlobalSearch);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  });

  it('is a labelled combobox', () => {
    expect(input().getAttribute('role')).toBe('combobox');
    expect(input().getAttribute('aria-label')).toBe('Search startups, mentors, investors, cohorts');
  });

  it('waits for two characters and a pause, then shows the hits grouped by type', async () => {
    await (await autocomplete()).enterText('s');
    await settle(SEARCH_DEBOUNCE_MS + 20);
    expect(searchRequests()).toHaveLength(0);

    const request = await type('ol');
    expect(request.request.params.get('q')).toBe('sol');
    await answer(request, RESULT);

    const options = await (await autocomplete()).getOptions();
    expect(await Promise.all(options.map((option) => option.getText()))).toEqual([
      expect.stringContaining('Solarwerk'),
      expect.stringMatching(/Kiefer Labs.*archived.*Sol Meyer/),
      expect.stringContaining('Soléne Weiß'),
    ]);
    const groups = await (await autocomplete()).getOptionGroups();
    expect(await Promise.all(groups.map((group) => group.getLabelText()))).toEqual([
      'Startups',
      'Mentors',
    ]);
    const types = [...document.querySelectorAll('[data-testid="search-option"]')].map((option) =>
      option.getAttribute('data-type'),
    );
    expect(types).toEqual(['startup', 'startup', 'mentor']);
  });

  it('moves with the arrow keys and opens the active record with Enter', async () => {
    await answer(await type('sol'), RESULT);
    const host = await (await autocomplete()).host();

    await host.sendKeys(TestKey.DOWN_ARROW, TestKey.DOWN_ARROW);
    const active = document.querySelector('.mat-mdc-option-active');
    expect(active?.textContent).toContain('Soléne Weiß');
    expect(input().getAttribute('aria-activedescendant')).toBe(active?.id);

    await host.sendKeys(TestKey.ENTER);
    await fixture.whenStable();
    expect(router.url).toBe('/mentors/m1');
    expect(input().value).toBe('');
  });

  it('opens the first hit with Enter straight away', async () => {
    await answer(await type('sol'), RESULT);
    await (await (await autocomplete()).host()).sendKeys(TestKey.ENTER);
    await fixture.whenStable();
    expect(router.url).toBe('/startups/s1');
  });

  it('closes the panel with Escape, and empties the field with a second one', async () => {
    await answer(await type('sol'), RESULT);
    const search = await autocomplete();
    expect(await search.isOpen()).toBe(true);

    await (await search.host()).sendKeys(TestKey.ESCAPE);
    expect(await search.isOpen()).toBe(false);
    expect(input().value).toBe('sol');

    await (await search.host()).sendKeys(TestKey.ESCAPE);
    expect(input().value).toBe('');
  });

  it('says so when nothing matches', async () => {
    await answer(await type('xyz'), { q: 'xyz', groups: [] });
    const empty = document.querySelector('[data-testid="search-empty"]');
    expect(empty?.textContent?.trim()).toBe('Nothing found for “xyz”');
    expect(document.querySelectorAll('[data-testid="search-option"]')).toHaveLength(0);
  });

  it('says so when the search fails', async () => {
    (await type('sol')).flush('down', { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="search-failed"]')?.textContent).toContain(
      'The search failed',
    );
  });

  it('is focused by / from anywhere but a text field, and by Ctrl+K from anywhere', () => {
    const other = document.createElement('input');
    document.body.appendChild(other);
    try {
      other.focus();
      other.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
      expect(document.activeElement).toBe(other);

      const slash = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
      document.body.dispatchEvent(slash);
      expect(document.activeElement).toBe(input());
      expect(slash.defaultPrevented).toBe(true);

      other.focus();
      other.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
      expect(document.activeElement).toBe(input());
    } finally {
      other.remove();
    }
  });
});
