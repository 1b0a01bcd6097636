import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { TranslocoService } from '@jsverse/transloco';
import type { FormatLocale } from '@kohorte/contracts';
import { provideTestEnvironment, settle } from '../../../testing/test-providers';
import { SessionStore } from '../auth/session';
import { LANGUAGE_STORAGE_KEY, LanguageService } from './language';
import { LanguageSwitch } from './language-switch';

function browserLanguage(value: string): void {
  Object.defineProperty(window.navigator, 'language', { value, configurable: true });
}

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestEnvironment()] });
  });

  afterEach(() => browserLanguage('en-US'));

  it('starts in German when the browser prefers German, else in English in the browser’s form', () => {
    const language = TestBed.inject(LanguageService);
    browserLanguage('de-AT');
    expect(language.initialLanguage()).toBe('de');
    browserLanguage('en-US');
    expect(language.initialLanguage()).toBe('en-US');
    browserLanguage('en-IE');
    expect(language.initialLanguage()).toBe('en-GB');
    browserLanguage('fr-FR');
    expect(language.initialLanguage()).toBe('en-GB');
  });

  it('prefers the remembered choice over the browser', () => {
    browserLanguage('de-DE');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en-US');
    expect(TestBed.inject(LanguageService).initialLanguage()).toBe('en-US');
  });

  it('reads a choice remembered before English had two forms as British English', () => {
    browserLanguage('en-US');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(TestBed.inject(LanguageService).initialLanguage()).toBe('en-GB');
  });

  it('switches translations, formats and the page language, and remembers the choice', () => {
    const language = TestBed.inject(LanguageService);
    const transloco = TestBed.inject(TranslocoService);
    language.use('de').subscribe();

    expect(language.lang()).toBe('de');
    expect(transloco.getActiveLang()).toBe('de');
    expect(transloco.translate('common.save')).toBe('Speichern');
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
    const adapter = TestBed.inject(DateAdapter<Date>);
    expect(
      adapter.format(new Date(2021, 2, 15), { day: 'numeric', month: 'numeric', year: 'numeric' }),
    ).toBe('15.3.2021');
  });

  it('keeps English texts for both English forms and changes only how dates are written', () => {
    const language = TestBed.inject(LanguageService);
    const transloco = TestBed.inject(TranslocoService);
    const adapter = TestBed.inject(DateAdapter<Date>);
    const numeric = { day: 'numeric', month: 'numeric', year: 'numeric' } as const;

    language.use('en-US').subscribe();
    expect(language.lang()).toBe('en');
    expect(language.formats()).toBe('en-US');
    expect(transloco.getActiveLang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(adapter.format(new Date(2021, 2, 15), numeric)).toBe('3/15/2021');
    expect(adapter.parse('3/4/2021', null)?.getMonth()).toBe(2);

    language.use('en-GB').subscribe();
    expect(language.lang()).toBe('en');
    expect(transloco.translate('common.save')).toBe('Save');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en-GB');
    expect(adapter.format(new Date(2021, 2, 15), numeric)).toBe('15/03/2021');
    expect(adapter.parse('3/4/2021', null)?.getMonth()).toBe(3);
  });

  it('follows a suggested language for the visit without remembering it', () => {
    const language = TestBed.inject(LanguageService);
    language.suggest('de');
    expect(language.lang()).toBe('de');
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('de');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();

    // English for a link's recipient, written in the form their browser uses.
    browserLanguage('en-US');
    language.suggest('en');
    expect(language.formats()).toBe('en-US');
  });

  it('keeps a language the person chose over a suggested one', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en-US');
    const language = TestBed.inject(LanguageService);
    language.use('en-US').subscribe();
    language.suggest('de');
    expect(language.formats()).toBe('en-US');
  });
});

describe('the language kept with the account', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestEnvironment()] });
  });

  function signIn(formatLocale?: FormatLocale): void {
    TestBed.inject(SessionStore).signIn({ email: 'a@example.org', password: 'x' }).subscribe();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/auth/sign-in')
      .flush({
        user: {
          id: 'u1',
          email: 'a@example.org',
          name: 'Ada',
          role: 'viewer',
          locale: 'en',
          ...(formatLocale ? { formatLocale } : {}),
          createdAt: '',
        },
      });
  }

  it('follows the person from another browser when they sign in', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en-GB');
    signIn('de');
    const language = TestBed.inject(LanguageService);
    expect(language.formats()).toBe('de');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
  });

  it('leaves this browser’s choice alone when the person never chose', () => {
    const language = TestBed.inject(LanguageService);
    language.use('en-US').subscribe();
    signIn();
    expect(language.formats()).toBe('en-US');
  });

  it('is sent to the account when a signed-in person picks from the menu', async () => {
    signIn();
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid="language-switch"]')!
      .click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="language-option-en-US"]')!.click();

    const put = http.expectOne({ method: 'PUT', url: '/api/v1/auth/language' });
    expect(put.request.body).toEqual({ language: 'en-US' });
    put.flush({
      user: {
        id: 'u1',
        email: 'a@example.org',
        name: 'Ada',
        role: 'viewer',
        locale: 'en',
        formatLocale: 'en-US',
        createdAt: '',
      },
    });
    expect(TestBed.inject(SessionStore).user()?.formatLocale).toBe('en-US');
    expect(TestBed.inject(LanguageService).formats()).toBe('en-US');
  });
});

describe('LanguageSwitch', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestEnvironment()] });
  });

  /** Opens the menu and picks `locale`; the menu lives in the overlay, outside the fixture. */
  async function choose(button: HTMLButtonElement, locale: string): Promise<void> {
    button.click();
    await settle();
    const option = document.querySelector(
      `[data-testid="language-option-${locale}"]`,
    ) as HTMLButtonElement;
    option.click();
    await settle();
  }

  it('offers German, British and US English and switches the UI without a reload', async () => {
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    const button = fixture.nativeElement.querySelector(
      '[data-testid="language-switch"]',
    ) as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('English (UK)');
    expect(button.getAttribute('aria-label')).toBe(
      'English (UK) – choose the language and date format',
    );

    button.click();
    await settle();
    const options = [...document.querySelectorAll('[role="menuitemradio"]')];
    expect(options.map((o) => o.textContent?.trim())).toEqual([
      'Deutsch',
      'English (UK)',
      'English (US)',
    ]);
    expect(options.map((o) => o.getAttribute('aria-checked'))).toEqual(['false', 'true', 'false']);
    (options[0] as HTMLButtonElement).click();
    await fixture.whenStable();

    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('de');
    expect(button.textContent?.trim()).toBe('Deutsch');
    expect(button.getAttribute('aria-label')).toBe('Deutsch – Sprache und Datumsformat wählen');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');

    await choose(button, 'en-US');
    await fixture.whenStable();
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('en');
    expect(button.textContent?.trim()).toBe('English (US)');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en-US');
  });
});
