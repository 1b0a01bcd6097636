import { beforeEach, describe, expect, it } from '@jest/globals';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Investor } from '@kohorte/contracts';
import { firstValueFrom } from 'rxjs';
import { LanguageService } from '../core/i18n/language';
import { provideTestEnvironment, settle, TEST_VOCABULARIES } from '../../testing/test-providers';
import { InvestorFormPage } from './investor-form';

@Component({ selector: 'app-page', template: 'detail' })
class DetailStub {}

describe('InvestorFormPage region picker', () => {
  let http: HttpTestingController;
  let router: Router;
  let harness: RouterTestingHarness;

  const el = () => harness.routeNativeElement as HTMLElement;
  const overlay = () => document.querySelector('.cdk-overlay-container') as HTMLElement;
  const regionOptions = () =>
    [...overlay().querySelectorAll<HTMLElement>('mat-option[data-key]')].filter((option) =>
      option.closest('.region-panel'),
    );

  async function type(name: string, value: string): Promise<void> {
    const input = el().querySelector<HTMLInputElement>(`input[formControlName="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
  }

  async function openSelect(testid: string): Promise<void> {
    el().querySelector<HTMLElement>(`[data-testid="${testid}"] .mat-mdc-select-trigger`)!.click();
    await harness.fixture.whenStable();
  }

  async function choose(key: string): Promise<void> {
    overlay().querySelector<HTMLElement>(`mat-option[data-key="${key}"]`)!.click();
    await harness.fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter(
          [
            { path: 'investors/new', component: InvestorFormPage },
            { path: 'investors/:id', component: DetailStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/investors/new', InvestorFormPage);
    http.expectOne('/api/v1/vocabularies').flush(TEST_VOCABULARIES);
    await harness.fixture.whenStable();
  });

  it('lists the regions as a tree, each indented under the region it lies in', async () => {
    await openSelect('investor-regions');
    expect(
      regionOptions().map((option) => [
        option.textContent?.trim(),
        option.dataset['depth'],
        option.style.paddingInlineStart,
      ]),
    ).toEqual([
      ['Europe', '0', '16px'],
      ['Germany', '1', '36px'],
      ['Saxony', '2', '56px'],
      ['Leipzig', '3', '76px'],
      ['Bavaria', '2', '56px'],
    ]);
  });

  it('labels the regions in the reader’s language', async () => {
    await firstValueFrom(TestBed.inject(LanguageService).use('de'));
    await harness.fixture.whenStable();
    await openSelect('investor-regions');
    expect(regionOptions().map((option) => option.textContent?.trim())).toEqual([
      'Europa',
      'Deutschland',
      'Sachsen',
      'Leipzig',
      'Bayern',
    ]);
  });

  it('sends the picked regions as keys, in tree order', async () => {
    await type('name', 'Elbe Ventures');
    await type('email', 'elbe@example.org');
    await openSelect('investor-type');
    await choose('vc');
    await openSelect('investor-regions');
    await choose('sachsen');
    await choose('europe');
    expect(
      el().querySelector('[data-testid="investor-regions"] .mat-mdc-select-value')?.textContent,
    ).toContain('Europe, Saxony');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    el().querySelector<HTMLButtonElement>('[data-testid="investor-save"]')!.click();
    await settle();

    const request = http.expectOne({ method: 'POST', url: '/api/v1/investors' });
    expect(request.request.body).toMatchObject({
      name: 'Elbe Ventures',
      type: 'vc',
      regions: ['europe', 'sachsen'],
    });
    request.flush({ id: 'i1', name: 'Elbe Ventures' } as Investor);
    await settle();
    expect(router.url).toBe('/investors/i1');
  });
});
