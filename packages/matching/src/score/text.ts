import type { LocalizedText, Vocabulary } from '../types.js';

export type Language = keyof LocalizedText;
export type VocabularyKind = keyof Vocabulary;

/** A key's label in one language; the key itself when the vocabulary has no label for it. */
export function label(
  vocabulary: Vocabulary,
  kind: VocabularyKind,
  key: string,
  language: Language,
): string {
  return vocabulary[kind]?.[key]?.[language] ?? key;
}

export function labels(
  vocabulary: Vocabulary,
  kind: VocabularyKind,
  keys: readonly string[],
  language: Language,
): string {
  return keys.map((key) => label(vocabulary, kind, key, language)).join(', ');
}

/** Builds a text from one function of the language, so both wordings sit side by side. */
export function both(text: (language: Language) => string): LocalizedText {
  return { de: text('de'), en: text('en') };
}

function decimal(value: number, language: Language): string {
  const rounded = String(Math.round(value * 10) / 10);
  return language === 'de' ? rounded.replace('.', ',') : rounded;
}

/** An amount in EUR as people say it: "€1.5M" / "1,5 Mio. €", "€250k" / "250 Tsd. €". */
export function money(eur: number, language: Language): string {
  if (eur >= 999_950) {
    const millions = decimal(eur / 1e6, language);
    return language === 'de' ? `${millions} Mio. €` : `€${millions}M`;
  }
  if (eur >= 1000) {
    const thousands = decimal(eur / 1e3, language);
    return language === 'de' ? `${thousands} Tsd. €` : `€${thousands}k`;
  }
  const whole = String(Math.round(eur));
  return language === 'de' ? `${whole} €` : `€${whole}`;
}

/** Keys of `a` that `b` holds, in `a`'s order. */
export function shared(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(b);
  return [...new Set(a)].filter((key) => set.has(key));
}
