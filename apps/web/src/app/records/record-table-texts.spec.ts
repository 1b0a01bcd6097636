import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATION_FEATURES } from '../core/i18n/transloco-loader';
import { RECORD_TYPES, recordTableTexts } from './record-table-texts';

type Tree = { [key: string]: string | Tree };

const I18N = join(__dirname, '../../../public/i18n');

/** Every text of a language, as the loader merges the shell's file and the features' files. */
function translations(lang: string): Tree {
  const files = [join(I18N, `${lang}.json`)].concat(
    TRANSLATION_FEATURES.map((feature) => join(I18N, feature, `${lang}.json`)),
  );
  return Object.assign({}, ...files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Tree));
}

function textAt(tree: Tree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
}

describe('record table texts', () => {
  const keys = RECORD_TYPES.flatMap((type) => Object.values(recordTableTexts(type)));

  it.each(['de', 'en'])('are all written in %s', (lang) => {
    const tree = translations(lang);
    expect(keys.length).toBe(15);
    expect(keys.filter((key) => typeof textAt(tree, key) !== 'string')).toEqual([]);
  });
});
