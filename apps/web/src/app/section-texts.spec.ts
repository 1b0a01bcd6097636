import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SECTION_TEXTS } from './section-texts';
import { TRANSLATION_FEATURES } from './core/i18n/transloco-loader';

const I18N = join(__dirname, '../../public/i18n');
const ROUTES_FILE = join(__dirname, 'app.routes.ts');
/** Routes files that name their own pages' texts, besides the app's. */
const NESTED_ROUTES_FILES = [join(__dirname, 'startups/startups.routes.ts')];
const WITH_TEXTS = /withTexts\(\s*SECTION_TEXTS\.(\w+),\s*\(\)\s*=>\s*import\('([^']+)'\)/g;

function topLevelKeys(file: string): string[] {
  return Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object);
}

/** Top-level key → where it comes from: the shell's file, or the feature whose file has it. */
const OWNER = new Map<string, string>([
  ...topLevelKeys(join(I18N, 'en.json')).map((key): [string, string] => [key, 'shell']),
  ...TRANSLATION_FEATURES.flatMap((feature) =>
    topLevelKeys(join(I18N, feature, 'en.json')).map((key): [string, string] => [key, feature]),
  ),
]);

function resolveSource(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** The files a section's code is made of: its entry, what it imports (also lazily), templates. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    // A page that names its own texts is a section of its own, checked on its own.
    const text = readFileSync(file, 'utf8').replace(WITH_TEXTS, '');
    for (const [, specifier] of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const source = resolveSource(file, specifier);
      if (source) queue.push(source);
    }
    for (const [, template] of text.matchAll(/templateUrl:\s*'([^']+)'/g)) {
      queue.push(resolve(dirname(file), template));
    }
  }
  return [...seen];
}

/** The owners of the translation keys (and key prefixes) that the files name. */
function ownersUsed(files: string[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [key, top] of text.matchAll(/(?<=['`])([a-z][a-zA-Z]*)\.[a-zA-Z][\w.]*/g)) {
      const owner = OWNER.get(top);
      if (owner) owners.set(owner, `${key} in ${file.slice(__dirname.length + 1)}`);
    }
  }
  return owners;
}

/** Each `withTexts(SECTION_TEXTS.x, () => import('./path')` of the app's (and nested) routes. */
function sectionsInRoutes(): { section: string; entry: string }[] {
  return [ROUTES_FILE, ...NESTED_ROUTES_FILES].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(WITH_TEXTS)].map(([, section, specifier]) => ({
      section,
      entry: resolveSource(file, specifier)!,
    })),
  );
}

describe('the texts each section loads with its code', () => {
  const sections = sectionsInRoutes();

  it('are declared for every lazily loaded route', () => {
    const lazy = [ROUTES_FILE, ...NESTED_ROUTES_FILES].flatMap(
      (file) => readFileSync(file, 'utf8').match(/import\(/g) ?? [],
    );
    expect(sections.length).toBe(lazy.length);
    expect(sections.every(({ entry }) => entry !== null)).toBe(true);
  });

  it('cover every key the section’s code names', () => {
    const missing = sections.flatMap(({ section, entry }) => {
      const declared = new Set<string>([
        'shell',
        ...SECTION_TEXTS[section as keyof typeof SECTION_TEXTS],
      ]);
      return [...ownersUsed(reachable(entry))]
        .filter(([owner]) => !declared.has(owner))
        .map(([owner, example]) => `${section} needs ${owner} (${example})`);
    });
    expect(missing).toEqual([]);
  });

  it('name no feature the section does not use', () => {
    const unused = sections.flatMap(({ section, entry }) => {
      const used = ownersUsed(reachable(entry));
      return SECTION_TEXTS[section as keyof typeof SECTION_TEXTS]
        .filter((feature) => !used.has(feature))
        .map((feature) => `${section} loads ${feature} but never names a key of it`);
    });
    expect(unused).toEqual([]);
  });

  it('keep the shell free of feature texts', () => {
    const shell = reachable(join(__dirname, 'core/shell/shell.ts'));
    expect([...ownersUsed(shell).entries()].filter(([owner]) => owner !== 'shell')).toEqual([]);
  });
});
