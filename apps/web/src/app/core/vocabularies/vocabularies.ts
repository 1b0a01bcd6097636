import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, Signal, signal } from '@angular/core';
import { Locale, Vocabularies, VocabularyKind, VocabularyTerm } from '@kohorte/contracts';
import { Subscription } from 'rxjs';
import { LanguageService } from '../i18n/language';
import { RegionOption, regionOptions } from './region-options';

/** A vocabulary term as the UI shows it: its stored key and its label in the current language. */
export interface TermOption {
  key: string;
  label: string;
}

function termLabel(term: VocabularyTerm, lang: Locale): string {
  return lang === 'de' ? term.labelDe : term.labelEn;
}

/** The shared controlled lists (sectors, topics, stages, languages, regions), loaded once per visit. */
@Injectable({ providedIn: 'root' })
export class VocabularyStore {
  private readonly http = inject(HttpClient);
  private readonly language = inject(LanguageService);
  private readonly data = signal<Vocabularies | null>(null);
  private request: Subscription | null = null;
  private readonly optionCache = new Map<VocabularyKind, Signal<TermOption[]>>();

  /** Starts loading unless loaded or loading; a failed load is retried on the next call. */
  ensureLoaded(): void {
    if (this.data() || this.request) return;
    this.fetch();
  }

  /** Loads the lists again (after an admin changed one); the lists at hand stay until then. */
  reload(): void {
    this.request?.unsubscribe();
    this.fetch();
  }

  private fetch(): void {
    this.request = this.http.get<Vocabularies>('/api/v1/vocabularies').subscribe({
      next: (vocabularies) => this.data.set(vocabularies),
      error: () => (this.request = null),
    });
  }

  /** The terms of one list, in their configured order, labelled in the current language. */
  options(kind: VocabularyKind): Signal<TermOption[]> {
    let options = this.optionCache.get(kind);
    if (!options) {
      options = computed(() => {
        const lang = this.language.lang();
        return [...(this.data()?.[kind] ?? [])]
          .sort((a, b) => a.position - b.position)
          .map((term) => ({ key: term.key, label: termLabel(term, lang) }));
      });
      this.optionCache.set(kind, options);
    }
    return options;
  }

  /** The regions in tree order (Europe, DACH, Germany, Saxony, Leipzig, …), labelled in the current language. */
  readonly regions: Signal<RegionOption[]> = computed(() =>
    regionOptions(this.data()?.regions ?? [], this.language.lang()),
  );

  /** A stored term as loaded, or null when the lists are not there yet or do not hold it. */
  term(kind: VocabularyKind, key: string): VocabularyTerm | null {
    return this.data()?.[kind].find((term) => term.key === key) ?? null;
  }

  /** The label of a stored key; an unknown key (a retired term) shows as the key itself. */
  label(kind: VocabularyKind, key: string | null): string {
    if (!key) return '';
    return this.options(kind)().find((option) => option.key === key)?.label ?? key;
  }

  labels(kind: VocabularyKind, keys: readonly string[]): string[] {
    return keys.map((key) => this.label(kind, key));
  }
}
