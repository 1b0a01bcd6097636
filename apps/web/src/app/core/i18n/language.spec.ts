import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { TranslocoService } from '@jsverse/transloco';
import { provideTestEnvironment } from '../../../testing/test-providers';
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

  it('starts in German when the browser prefers German, else in English', () => {
    const language = TestBed.inject(LanguageService);
    browserLanguage('de-AT');
    expect(language.initialLanguage()).toBe('de');
    browserLanguage('fr-FR');
    expect(language.initialLanguage()).toBe('en');
  });

  it('prefers the remembered choice over the browser', () => {
    browserLanguage('de-DE');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(TestBed.inject(LanguageService).initialLanguage()).toBe('en');
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

  it('follows a suggested language for the visit without remembering it', () => {
    const language = TestBed.inject(LanguageService);
    language.suggest('de');
    expect(language.lang()).toBe('de');
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('de');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('keeps a language the person chose over a suggested one', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const language = TestBed.inject(LanguageService);
    language.suggest('de');
    expect(language.lang()).toBe('en');
  });
});

describe('LanguageSwitch', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestEnvironment()] });
  });

  it('offers the other language and switches the UI without a reload', async () => {
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    const button = fixture.nativeElement.querySelector(
      '[data-testid="language-switch"]',
    ) as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Deutsch');

    button.click();
    await fixture.whenStable();

    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('de');
    expect(button.textContent?.trim()).toBe('English');
    expect(button.getAttribute('aria-label')).toBe('English – Sprache auf Englisch umstellen');
  });
});
