import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATION_FEATURES } from './transloco-loader';

type Tree = { [key: string]: string | Tree };

const I18N = join(__dirname, '../../../../public/i18n');

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`),
  );
}

function read(path: string): Tree {
  return JSON.parse(readFileSync(path, 'utf8')) as Tree;
}

/** The merged translations of a language, as the loader builds them; fails on a key two files define. */
function translations(lang: string): Tree {
  const parts = [
    read(join(I18N, `${lang}.json`)),
    ...TRANSLATION_FEATURES.map((feature) => read(join(I18N, feature, `${lang}.json`))),
  ];
  const merged: Tree = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`${lang}: top-level key "${key}" is defined twice`);
      merged[key] = value;
    }
  }
  return merged;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(html|ts)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('translations', () => {
  const de = translations('de');
  const en = translations('en');

  it('has the same keys in German and English', () => {
    expect(keys(de).sort()).toEqual(keys(en).sort());
  });

  it('has every key the templates and code ask for', () => {
    const known = new Set(keys(en));
    const used = sources(join(__dirname, '../..')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const inTemplates = [...text.matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z]+)+)'\s*\|\s*transloco/g)];
      const inCode = [...text.matchAll(/translate\('([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)];
      return [...inTemplates, ...inCode].map((match) => match[1]);
    });

    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
