import { describe, expect, it } from '@jest/globals';
import { VocabularyTerm } from '@kohorte/contracts';
import { regionOptions } from './region-options';

const region = (
  key: string,
  labelDe: string,
  labelEn: string,
  parent: string | null,
  position = 0,
) => ({ kind: 'regions', key, labelDe, labelEn, parent, position }) satisfies VocabularyTerm;

describe('regionOptions', () => {
  const terms = [
    region('leipzig', 'Leipzig', 'Leipzig', 'sachsen'),
    region('bayern', 'Bayern', 'Bavaria', 'germany', 2),
    region('sachsen', 'Sachsen', 'Saxony', 'germany', 1),
    region('germany', 'Deutschland', 'Germany', 'europe'),
    region('europe', 'Europa', 'Europe', null),
  ];

  it('lists each region under the one it lies in, siblings in their order', () => {
    expect(regionOptions(terms, 'en').map((o) => `${'-'.repeat(o.depth)}${o.label}`)).toEqual([
      'Europe',
      '-Germany',
      '--Saxony',
      '---Leipzig',
      '--Bavaria',
    ]);
    expect(regionOptions(terms, 'de')[2]).toEqual({ key: 'sachsen', label: 'Sachsen', depth: 2 });
  });

  it('keeps regions with an unknown parent or in a cycle visible at the top', () => {
    const odd = [
      region('a', 'A', 'A', 'b'),
      region('b', 'B', 'B', 'a'),
      region('orphan', 'Waise', 'Orphan', 'gone'),
    ];
    expect(regionOptions(odd, 'en').map((o) => [o.key, o.depth])).toEqual([
      ['orphan', 0],
      ['a', 0],
      ['b', 1],
    ]);
  });
});
