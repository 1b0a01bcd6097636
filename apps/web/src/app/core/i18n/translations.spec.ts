import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import de from '../../../../public/i18n/de.json';
import en from '../../../../public/i18n/en.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(html|ts)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('translations', () => {
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
