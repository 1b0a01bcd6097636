import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { FORMAT_LOCALES, FormatLocale, Locale, textLocale } from '@kohorte/contracts';
import { forkJoin, Observable, of, shareReplay } from 'rxjs';
import { injectPageRenderContext } from '../ssr/page-render-context';
import { TranslationFeatures } from './translation-features';

/** Holds `de`, `en-GB` or `en-US`; `en`, kept before English had two forms, reads as `en-GB`. */
export const LANGUAGE_STORAGE_KEY = 'kohorte.language';

function asFormatLocale(value: unknown): FormatLocale | null {
  if (value === 'en') return 'en-GB';
  return typeof value === 'string' && (FORMAT_LOCALES as readonly string[]).includes(value)
    ? (value as FormatLocale)
    : null;
}

/**
 * The UI language and the way it writes dates, times and amounts: German, English (UK) or
 * English (US), chosen in the toolbar, remembered in localStorage, defaulting to the browser's.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly features = inject(TranslationFeatures);
  /** On the server: the browser's language comes with the request (Accept-Language). */
  private readonly rendered = injectPageRenderContext();
  private readonly current = signal<FormatLocale>('en-GB');

  /** The reader's choice: the argument of the `day`, `dateTime`, `month`, `amount` pipes. */
  readonly formats = this.current.asReadonly();

  private readonly formatWatchers = new Set<(locale: FormatLocale) => void>();

  /**
   * Calls `watcher` with the reader's choice now and, synchronously, at every change; returns the
   * call that stops it. For what Angular's signals do not reach in time, such as the datepicker's
   * adapter (an effect would run only at the next change detection, after a date was written).
   */
  watchFormats(watcher: (locale: FormatLocale) => void): () => void {
    this.formatWatchers.add(watcher);
    watcher(this.current());
    return () => this.formatWatchers.delete(watcher);
  }

  /** The language of the texts: `de` or `en` (both English forms read the same texts). */
  readonly lang = computed<Locale>(() => textLocale(this.current()));

  /** The remembered choice, else German when the browser prefers German, else English in its form. */
  initialLanguage(): FormatLocale {
    const stored = asFormatLocale(this.storage()?.getItem(LANGUAGE_STORAGE_KEY));
    if (stored) return stored;
    return this.browserLanguage().toLowerCase().startsWith('de') ? 'de' : this.browserEnglish();
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
    return this.transloco.load(this.lang());
  }

  /**
   * The signed-in person's choice kept with their account (`User.formatLocale`): it wins over
   * this browser's, so the choice made elsewhere follows them here. Nothing when they never chose.
   */
  adopt(choice: FormatLocale | undefined): void {
    if (!choice || choice === this.current()) return;
    this.use(choice).subscribe();
  }

  /** Switches the whole UI at run time and remembers the choice; completes when loaded. */
  use(lang: FormatLocale): Observable<unknown> {
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
    if (asFormatLocale(this.storage()?.getItem(LANGUAGE_STORAGE_KEY))) return of(null);
    if (lang === this.lang()) return of(null);
    const loaded = this.apply(lang === 'de' ? 'de' : this.browserEnglish());
    loaded.subscribe();
    return loaded;
  }

  private apply(locale: FormatLocale): Observable<unknown> {
    const lang = textLocale(locale);
    this.current.set(locale);
    for (const watcher of this.formatWatchers) watcher(locale);
    this.transloco.setActiveLang(lang);
    // The page's language is the texts' one: both English forms read the same English texts.
    this.document.documentElement.lang = lang;
    // The texts of the features opened so far come along, so no open page shows keys.
    return forkJoin([this.transloco.load(lang), this.features.ensure(lang)]).pipe(shareReplay(1));
  }

  /** US English for a browser set to it, else British English (the programme is in Europe). */
  private browserEnglish(): FormatLocale {
    return this.browserLanguage().toLowerCase() === 'en-us' ? 'en-US' : 'en-GB';
  }

  private browserLanguage(): string {
    return this.rendered?.browserLanguage ?? this.document.defaultView?.navigator.language ?? '';
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
