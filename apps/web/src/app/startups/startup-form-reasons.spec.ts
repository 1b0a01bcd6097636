import { beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService } from '@jsverse/transloco';
import { STARTUP_BAD_VALUES } from '@kohorte/contracts';
import { provideTestEnvironment, settle, TEST_VOCABULARIES } from '../../testing/test-providers';
import { StartupFormPage } from './startup-form';

/**
 * The form's side of "one definition per field": each bad value of the shared table is refused
 * beside its field before anything is sent, with the reason the API and the import give
 * (apps/api/test/field-reasons.spec.ts), in English and, after switching, in German.
 */
describe('StartupFormPage reasons', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const el = () => harness.routeNativeElement as HTMLElement;
  const input = (name: string) =>
    el().querySelector<HTMLInputElement>(`[formControlName="${name}"]`)!;
  const errorOf = (name: string) =>
    input(name).closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestEnvironment(),
        provideRouter([{ path: 'startups/new', component: StartupFormPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/startups/new', StartupFormPage);
    http.expectOne('/api/v1/vocabularies').flush(TEST_VOCABULARIES);
    await harness.fixture.whenStable();
  });

  it.each(STARTUP_BAD_VALUES.map((bad) => [bad.field, bad.code, bad] as const))(
    'refuses a bad %s (%s) before sending, as the API and the import do',
    async (_field, _code, bad) => {
      const transloco = TestBed.inject(TranslocoService);
      const field = input(bad.field);
      field.value = String(bad.value);
      field.dispatchEvent(new Event('input'));
      field.dispatchEvent(new Event('blur'));
      await harness.fixture.whenStable();
      expect(errorOf(bad.field)).toBe(bad.en);

      transloco.setActiveLang('de');
      harness.fixture.detectChanges();
      await harness.fixture.whenStable();
      expect(errorOf(bad.field)).toBe(bad.de);

      el().querySelector<HTMLButtonElement>('[data-testid="save-startup"]')!.click();
      await settle();
      http.expectNone({ method: 'POST', url: '/api/v1/startups' });
      transloco.setActiveLang('en');
    },
  );
});
