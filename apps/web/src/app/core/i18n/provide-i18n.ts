import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import {
  EnvironmentProviders,
  inject,
  isDevMode,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_NATIVE_DATE_FORMATS } from '@angular/material/core';
import { TitleStrategy } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { LOCALES } from '@kohorte/contracts';
import { KohorteDateAdapter } from './date-adapter';
import { LanguageService } from './language';
import { TranslatedTitleStrategy } from './title-strategy';
import { TranslocoHttpLoader } from './transloco-loader';

/**
 * The datepicker in the UI language (also used by the component tests). Paginators take their
 * labels from `providePaginatorTexts`, in the components that show one.
 */
export function provideLocalizedMaterial(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: DateAdapter, useClass: KohorteDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
  ]);
}

/** Everything language-dependent: translations, locale data, dates, paginator, page titles. */
export function provideI18n(): EnvironmentProviders {
  // English locale data is built in; German is registered so pipes can format with `de`.
  registerLocaleData(localeDe);
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
    provideLocalizedMaterial(),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(() => inject(LanguageService).init()),
  ]);
}
