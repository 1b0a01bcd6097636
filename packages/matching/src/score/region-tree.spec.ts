import { describe, expect, it } from '@jest/globals';
import { REGIONS } from '../testing/fixtures.js';
import { foldPlace, RegionTree } from './region-tree.js';

describe('foldPlace', () => {
  it('drops case, accents, punctuation and extra spaces', () => {
    expect(foldPlace('  Zürich ')).toBe('zurich');
    expect(foldPlace('Halle (Saale)')).toBe('halle saale');
    expect(foldPlace('Gießen')).toBe('giessen');
    expect(foldPlace(' - ')).toBeNull();
    expect(foldPlace(null)).toBeNull();
  });
});

describe('RegionTree', () => {
  const tree = new RegionTree(REGIONS);

  it('finds a region by key or by either label, without case, accents or umlauts', () => {
    expect(
      ['muenchen', 'München', 'MUNICH', 'Munchen', 'Muenchen'].map((n) => tree.resolve(n)),
    ).toEqual(['muenchen', 'muenchen', 'muenchen', 'muenchen', 'muenchen']);
    expect(tree.resolve('Saxony')).toBe('sachsen');
    expect(tree.resolve('Halle')).toBe('halle');
    expect(tree.resolve('Halle (Saale)')).toBe('halle');
    expect(tree.resolve('Österreich')).toBe('at');
    expect(tree.resolve('Oesterreich')).toBe('at');
    expect(tree.resolve('Gotham')).toBeNull();
    expect(tree.resolve('')).toBeNull();
  });

  it('walks from a city up to the top', () => {
    expect(tree.chain('leipzig')).toEqual(['leipzig', 'sachsen', 'de', 'dach', 'europe']);
    expect(tree.chain('paris')).toEqual(['paris', 'fr', 'europe']);
    expect(tree.around('Leipzig')).toEqual(['leipzig', 'sachsen', 'de', 'dach', 'europe']);
    expect(tree.around('Gotham City')).toEqual(['gotham city']);
    expect(tree.around(' ')).toEqual([]);
  });

  it('ends the walk at a cycle instead of looping', () => {
    const cyclic = new RegionTree({
      a: { de: 'A', en: 'A', parent: 'b' },
      b: { de: 'B', en: 'B', parent: 'a' },
    });
    expect(cyclic.chain('a')).toEqual(['a', 'b']);
  });

  it('labels a region in each language, and an unknown key as itself', () => {
    expect(tree.label('sachsen', 'de')).toBe('Sachsen');
    expect(tree.label('sachsen', 'en')).toBe('Saxony');
    expect(tree.label('nowhere', 'en')).toBe('nowhere');
  });
});
