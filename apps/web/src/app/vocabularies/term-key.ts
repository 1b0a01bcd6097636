import { KEY_MAX } from './region-form-model';

const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * A key for a new term from the text someone typed: "Gesundheit & Pflege" → `gesundheit-pflege`,
 * "Künstliche Intelligenz" → `kuenstliche-intelligenz` (German letters spelled out, other accents
 * dropped), within the API's key rule and length.
 */
export function termKeyFrom(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => GERMAN_LETTERS[letter])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, KEY_MAX)
    .replace(/^-+|-+$/g, '');
}
