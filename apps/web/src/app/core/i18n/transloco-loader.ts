import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';

/**
 * The shell's texts live in `public/i18n/<lang>.json`; each feature keeps its own in
 * `public/i18n/<feature>/<lang>.json` under its own top-level key. A feature's texts are loaded
 * with the route that shows it (see TranslationFeatures), so the first page waits for its own
 * texts only, not for every page's.
 */
export const TRANSLATION_FEATURES = [
  'mentors',
  'investors',
  'cohorts',
  'timeline',
  'imports',
  'dashboard',
  'saved-views',
  'tags',
  'exports',
  'matching',
  'mailbox',
  'privacy',
  'respond',
  'vocabularies',
  'applications',
  'reviews',
] as const;

export type TranslationFeature = (typeof TRANSLATION_FEATURES)[number];

/** Loads the shell's translations of a language; features follow with their routes. */
@Injectable({ providedIn: 'root' })
export class TranslocoHttpLoader implements TranslocoLoader {
  private readonly http = inject(HttpClient);

  getTranslation(lang: string) {
    return this.http.get<Translation>(`/i18n/${lang}.json`);
  }
}
