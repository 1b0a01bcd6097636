import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import localeEnGb from '@angular/common/locales/en-GB';
import {
  EnvironmentProviders,
  inject,
  isDevMode,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { LOCALES } from '@kohorte/contracts';
import { LanguageService } from './language';
import { TranslatedTitleStrategy } from './title-strategy';
import { TranslocoHttpLoader } from './transloco-loader';

/**
 * Angular's locale data for every format locale the reader can choose: US English is built in;
 * German and British English are registered so that `formatNumber` and the pipes take `de` and
 * `en-GB` (with `en-GB` unregistered Angular throws "Missing locale data").
 */
export function registerLocales(): void {
  registerLocaleData(localeDe);
  registerLocaleData(localeEnGb, 'en-GB');
}

/**
 * Everything language-dependent at the root: translations, locale data, page titles. Components
 * with a datepicker add `provideDateAdapter()`, those with a paginator `providePaginatorTexts()`.
 */
export function provideI18n(): EnvironmentProviders {
  registerLocales();
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: [...LOCALES],
        defaultLang: 'en',
        fallbackLang: 'en',
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      },
      loader: TranslocoHttpLoader,
    }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(() => inject(LanguageService).init()),
  ]);
}
