import {
  IMPORT_FIELDS,
  IMPORT_KINDS,
  importValueDomain,
  type LocalizedText,
  type Vocabularies,
  type VocabularyKind,
} from '@kohorte/contracts';
import { RegionTree } from '@kohorte/matching';
import { nearestKey } from '../vocabularies/index';
import { VALUE_SYNONYMS } from './value-synonyms';

/**
 * A value as the lists compare it: without case, accents, punctuation or spaces
 * (`Künstliche Intelligenz` = `kunstliche-intelligenz`, `Straße` = `strasse`).
 */
export function normalizeValue(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** A remembered mapping: in `domain`, a value that normalises to `value` means `key`. */
export interface RememberedValue {
  domain: string;
  value: string;
  key: string;
}

/** A key from the list itself, or from a remembered mapping; else what it may mean. */
export type ValueResolution =
  { key: string; remembered: boolean } | { key: null; suggestion: string | null };

interface DomainTerms {
  /** Normalised key or label → key. */
  names: Map<string, string>;
  labels: Map<string, LocalizedText>;
  /** Normalised synonym or part of a compound label (`Energie` of `Cleantech / Energie`) → key. */
  hints: Map<string, string>;
  remembered: Map<string, string>;
}

/**
 * What the values of vocabulary and choice columns mean: a key or label of the list in either
 * language, else a mapping the managers chose on an earlier import, else nothing — with the key
 * it most likely means (a synonym, a part of a label, or the nearest label) as a suggestion.
 */
export class ValueLookup {
  private readonly domains = new Map<string, DomainTerms>();
  // Regions are places: found as matching finds a startup's city (without accents, "Muenchen",
  // "Halle" for "Halle (Saale)").
  private readonly regions: RegionTree;

  constructor(vocabularies: Vocabularies, remembered: readonly RememberedValue[]) {
    this.regions = new RegionTree(
      Object.fromEntries(
        (vocabularies.regions ?? []).map((term) => [
          term.key,
          { de: term.labelDe, en: term.labelEn, parent: term.parent },
        ]),
      ),
    );
    for (const [kind, terms] of Object.entries(vocabularies) as [
      VocabularyKind,
      Vocabularies[VocabularyKind],
    ][]) {
      this.addDomain(
        kind,
        terms.map((t) => ({ key: t.key, labelDe: t.labelDe, labelEn: t.labelEn, aliases: [] })),
      );
    }
    for (const kind of IMPORT_KINDS) {
      for (const field of IMPORT_FIELDS[kind]) {
        if (field.type !== 'choice') continue;
        this.addDomain(importValueDomain(kind, field)!, field.choices ?? []);
      }
    }
    for (const entry of remembered) {
      const domain = this.domains.get(entry.domain);
      // A mapping to a key an admin has since removed is not offered.
      if (domain?.labels.has(entry.key)) domain.remembered.set(entry.value, entry.key);
    }
  }

  /** Whether the list knows the key (a mapping may only name one it knows). */
  has(domain: string, key: string): boolean {
    return this.domains.get(domain)?.labels.has(key) ?? false;
  }

  label(domain: string, key: string): LocalizedText | null {
    return this.domains.get(domain)?.labels.get(key) ?? null;
  }

  /** The key a value means; a remembered mapping counts, a suggestion does not. */
  resolve(domain: string, raw: string): ValueResolution {
    const terms = this.domains.get(domain);
    const value = normalizeValue(raw);
    if (!terms) return { key: null, suggestion: null };
    const known =
      terms.names.get(value) ?? (domain === 'regions' ? this.regions.resolve(raw.trim()) : null);
    if (known) return { key: known, remembered: false };
    const remembered = terms.remembered.get(value);
    if (remembered) return { key: remembered, remembered: true };
    return { key: null, suggestion: this.suggest(terms, value) };
  }

  private suggest(terms: DomainTerms, value: string): string | null {
    if (value === '') return null;
    const hinted = terms.hints.get(value);
    if (hinted) return hinted;
    const nearest = nearestKey(value, [...terms.names.keys(), ...terms.hints.keys()]);
    if (nearest === null) return null;
    return terms.names.get(nearest) ?? terms.hints.get(nearest) ?? null;
  }

  private addDomain(
    domain: string,
    terms: readonly {
      key: string;
      labelDe: string;
      labelEn: string;
      aliases?: readonly string[];
    }[],
  ): void {
    const entry: DomainTerms = {
      names: new Map(),
      labels: new Map(),
      hints: new Map(),
      remembered: new Map(),
    };
    const hint = (name: string, key: string) => {
      const normal = normalizeValue(name);
      if (normal !== '' && !entry.names.has(normal) && !entry.hints.has(normal)) {
        entry.hints.set(normal, key);
      }
    };
    for (const term of terms) {
      for (const name of [term.key, term.labelDe, term.labelEn, ...(term.aliases ?? [])]) {
        const normal = normalizeValue(name);
        if (normal !== '' && !entry.names.has(normal)) entry.names.set(normal, term.key);
      }
      entry.labels.set(term.key, { de: term.labelDe, en: term.labelEn });
    }
    for (const term of terms) {
      for (const synonym of VALUE_SYNONYMS[domain]?.[term.key] ?? []) hint(synonym, term.key);
      for (const label of [term.labelDe, term.labelEn]) {
        for (const part of label.split('/')) hint(part, term.key);
      }
    }
    this.domains.set(domain, entry);
  }
}
