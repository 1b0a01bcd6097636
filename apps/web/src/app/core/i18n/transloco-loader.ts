import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';
import { forkJoin, map } from 'rxjs';

/**
 * Each feature keeps its texts in `public/i18n/<feature>/<lang>.json` under its own top-level key,
 * next to the shell's `public/i18n/<lang>.json`; all are loaded at once and merged.
 */
export const TRANSLATION_FEATURES = [
  'mentors',
  'investors',
  'cohorts',
  'timeline',
  'imports',
  'search',
  'dashboard',
  'lists',
  'exports',
  'matching',
  'mailbox',
  'respond',
  'vocabularies',
] as const;

/** Loads the shell's and every feature's translations for a language, merged into one. */
@Injectable({ providedIn: 'root' })
export class TranslocoHttpLoader implements TranslocoLoader {
  private readonly http = inject(HttpClient);

  getTranslation(lang: string) {
    return forkJoin([
      this.http.get<Translation>(`/i18n/${lang}.json`),
      ...TRANSLATION_FEATURES.map((feature) =>
        this.http.get<Translation>(`/i18n/${feature}/${lang}.json`),
      ),
    ]).pipe(map((parts) => Object.assign({}, ...parts) as Translation));
  }
}
