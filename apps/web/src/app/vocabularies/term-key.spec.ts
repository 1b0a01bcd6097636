import { describe, expect, it } from '@jest/globals';
import { KEY_PATTERN } from './region-form-model';
import { termKeyFrom } from './term-key';

describe('termKeyFrom', () => {
  it.each([
    ['Gesundheit & Pflege', 'gesundheit-pflege'],
    ['Künstliche Intelligenz', 'kuenstliche-intelligenz'],
    ['  Straße/Verkehr ', 'strasse-verkehr'],
    ['Économie circulaire', 'economie-circulaire'],
    ['Serie A', 'serie-a'],
  ])('makes %j into %j', (text, key) => {
    expect(termKeyFrom(text)).toBe(key);
    expect(key).toMatch(KEY_PATTERN);
  });

  it('keeps within the key length without a trailing dash', () => {
    const key = termKeyFrom(`${'a'.repeat(63)} b`);
    expect(key).toBe('a'.repeat(63));
  });

  it('gives an empty key for text without letters or digits', () => {
    expect(termKeyFrom('–/–')).toBe('');
  });
});
