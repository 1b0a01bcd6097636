import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Locale, LOCALES } from '@kohorte/contracts';
import { forkJoin, Observable, of, shareReplay } from 'rxjs';
import { TranslationFeatures } from './translation-features';

export const LANGUAGE_STORAGE_KEY = 'kohorte.language';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The UI language: chosen in the toolbar, remembered in localStorage, defaulting to the browser's. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly features = inject(TranslationFeatures);
  private readonly current = signal<Locale>('en');

  /** The active language; also the locale id for Angular's date, number and currency pipes. */
  readonly lang = this.current.asReadonly();

  /** The remembered choice, else German when the browser prefers German, else English. */
  initialLanguage(): Locale {
    const stored = this.storage()?.getItem(LANGUAGE_STORAGE_KEY);
    if (isLocale(stored)) return stored;
    const browser = this.document.defaultView?.navigator.language ?? '';
    return browser.toLowerCase().startsWith('de') ? 'de' : 'en';
  }

  /**
   * Called once at start-up. It starts loading the texts without waiting for them, so that the
   * router fetches the first page's code meanwhile; the routes wait for them (`textsReady`).
   */
  init(): void {
    // Only a choice the person made is remembered; the browser default is looked up each time.
    this.apply(this.initialLanguage()).subscribe();
  }

  /** Completes when the shell's texts of the current language are loaded. */
  ready(): Observable<unknown> {
    return this.transloco.load(this.current());
  }

  /** Switches the whole UI at run time and remembers the choice; completes when loaded. */
  use(lang: Locale): Observable<unknown> {
    this.storage()?.setItem(LANGUAGE_STORAGE_KEY, lang);
    return this.apply(lang);
  }

  /**
   * Shows the UI in `lang` for this visit without remembering it, unless the person chose a
   * language before: a page an email link opens speaks its recipient's language. Completes when
   * the texts of the language shown are loaded, so a page can wait for them instead of showing
   * blank buttons meanwhile.
   */
  suggest(lang: Locale): Observable<unknown> {
    if (isLocale(this.storage()?.getItem(LANGUAGE_STORAGE_KEY))) return of(null);
    if (lang === this.current()) return of(null);
    const loaded = this.apply(lang);
    loaded.subscribe();
    return loaded;
  }

  private apply(lang: Locale): Observable<unknown> {
    this.current.set(lang);
    this.transloco.setActiveLang(lang);
    this.document.documentElement.lang = lang;
    // The texts of the features opened so far come along, so no open page shows keys.
    return forkJoin([this.transloco.load(lang), this.features.ensure(lang)]).pipe(shareReplay(1));
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.localStorage ?? null;
    } catch {
      // Storage can be switched off (privacy settings); the language then lasts for the visit.
      return null;
    }
  }
}
