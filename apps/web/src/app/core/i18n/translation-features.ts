import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Translation, TranslocoService } from '@jsverse/transloco';
import { catchError, firstValueFrom, forkJoin, map, Observable, of, shareReplay, tap } from 'rxjs';
import { TranslationFeature } from './transloco-loader';

/**
 * The texts of the features the person has opened so far, merged into Transloco's translations.
 * A route asks for its features when its code loads (`withTexts`); a language switch loads the
 * same features in the new language before the switch shows (LanguageService).
 */
@Injectable({ providedIn: 'root' })
export class TranslationFeatures {
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
  private readonly wanted = new Set<TranslationFeature>();
  /** One load per language and feature, `de/cohorts`; kept once done so it is never repeated. */
  private readonly loads = new Map<string, Observable<void>>();

  /** Loads the features' texts in the active language; completes when they are there. */
  require(features: readonly TranslationFeature[]): Observable<void> {
    for (const feature of features) this.wanted.add(feature);
    return this.loadAll(this.transloco.getActiveLang(), features);
  }

  /** Loads every feature asked for so far in `lang` (before the UI switches to it). */
  ensure(lang: string): Observable<void> {
    return this.loadAll(lang, [...this.wanted]);
  }

  private loadAll(lang: string, features: readonly TranslationFeature[]): Observable<void> {
    if (features.length === 0) return of(undefined);
    return forkJoin(features.map((feature) => this.load(lang, feature))).pipe(map(() => undefined));
  }

  private load(lang: string, feature: TranslationFeature): Observable<void> {
    const key = `${lang}/${feature}`;
    let load = this.loads.get(key);
    if (!load) {
      load = this.http.get<Translation>(`/i18n/${feature}/${lang}.json`).pipe(
        // Merged under the feature's own top-level key, as the file has it.
        tap((texts) => this.transloco.setTranslation(texts, lang, { merge: true })),
        map(() => undefined),
        // Without its texts a page still works (it shows keys); the next route tries again.
        catchError((error: unknown) => {
          console.error(`Could not load the texts of ${key}`, error);
          this.loads.delete(key);
          return of(undefined);
        }),
        shareReplay(1),
      );
      this.loads.set(key, load);
    }
    return load;
  }
}

/**
 * A route's `loadChildren` or `loadComponent` that loads its code and its features' texts side
 * by side, and resolves when both are there: the page renders with its texts, and their requests
 * add no round trip after the code's.
 */
export function withTexts<T>(
  features: readonly TranslationFeature[],
  load: () => Promise<T>,
): () => Promise<T> {
  return () => {
    // The router calls loaders in an injection context.
    const texts = firstValueFrom(inject(TranslationFeatures).require(features));
    return Promise.all([load(), texts]).then(([loaded]) => loaded);
  };
}
