import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import type { GermanText } from './glossary-rules';

/** Where German texts live, from the repository root. */
export const GERMAN_SOURCES = {
  /** Every `de.json`: the shell's and each feature's. */
  translations: 'apps/web/public/i18n',
  /** Email templates and their shared parts, and the matching engine's reasons (not specs). */
  code: ['packages/server/src/domains/mail', 'packages/matching/src'],
  /** Reasons and records the API and the web show in the reader's language. */
  contracts: [
    'packages/contracts/src/field-reasons.ts',
    'packages/contracts/src/import-reasons.ts',
    'packages/contracts/src/privacy-texts.ts',
  ],
};

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, keep);
    return keep(name) ? [path] : [];
  });
}

function flatten(tree: unknown, prefix: string): Array<[string, string]> {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) =>
    flatten(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** Each German translation, keyed by its dotted key (`cohorts.board.assign`). */
export function translationTexts(root: string): GermanText[] {
  const dir = join(root, GERMAN_SOURCES.translations);
  return files(dir, (name) => name === 'de.json').flatMap((path) => {
    const file = relative(root, path);
    const tree = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return flatten(tree, '').map(([key, text]) => ({ key, file, text }));
  });
}

/** The text of a string or template literal; a placeholder reads "…". */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…');
  }
  return null;
}

function literalsUnder(node: ts.Node): string[] {
  const own = literalText(node);
  if (own !== null) return [own];
  const found: string[] = [];
  node.forEachChild((child) => {
    found.push(...literalsUnder(child));
  });
  return found;
}

/** `locale === 'de'`: the branch it guards is German. */
function isGermanCheck(node: ts.Expression): boolean {
  return (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken &&
    ts.isStringLiteral(node.right) &&
    node.right.text === 'de'
  );
}

/**
 * The German strings of a TypeScript file: everything under a `de:` property
 * (`{ de: { subject: … }, en: … }`, `{ en: '…', de: '…' }`) and the first branch of
 * `locale === 'de' ? … : …`.
 */
export function germanLiterals(source: string, fileName = 'source.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2023, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'de') {
      found.push(...literalsUnder(node.initializer));
      return;
    }
    if (ts.isConditionalExpression(node) && isGermanCheck(node.condition)) {
      found.push(...literalsUnder(node.whenTrue));
      visit(node.whenFalse);
      return;
    }
    node.forEachChild(visit);
  };
  visit(file);
  return found;
}

/** The German strings of the emails, the engine's reasons and the contracts' texts, by file path. */
export function sourceTexts(root: string): GermanText[] {
  const code = GERMAN_SOURCES.code.flatMap((dir) =>
    files(join(root, dir), (name) => name.endsWith('.ts') && !name.endsWith('.spec.ts')),
  );
  const contracts = GERMAN_SOURCES.contracts.map((path) => join(root, path));
  return [...code, ...contracts].flatMap((path) => {
    const file = relative(root, path);
    return germanLiterals(readFileSync(path, 'utf8'), file).map((text) => ({
      key: file,
      file,
      text,
    }));
  });
}
