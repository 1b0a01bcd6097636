import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
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
 * Everything language-dependent at the root: translations, locale data, page titles. Components
 * with a datepicker add `provideDateAdapter()`, those with a paginator `providePaginatorTexts()`.
 */
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
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(() => inject(LanguageService).init()),
  ]);
}
