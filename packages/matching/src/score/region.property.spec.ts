import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { investor, REGIONS, startup } from '../testing/fixtures.js';
import type { Vocabulary } from '../types.js';
import { scoreInvestor } from './investor-score.js';
import { RegionTree } from './region-tree.js';

const tree = new RegionTree(REGIONS);
const vocabulary: Vocabulary = { regions: REGIONS };
const keys = Object.keys(REGIONS);
const regionPoints = (city: string, regions: string[]) =>
  scoreInvestor(startup({ city, regions: [] }), investor({ regions }), {}, vocabulary).parts.find(
    (part) => part.part === 'region',
  )!;

describe('regions as a hierarchy', () => {
  it('an investor fits a startup exactly when one of its regions holds the startup’s city', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<'de' | 'en'>('de', 'en'),
        (city, regions, language) => {
          const cityName = REGIONS[city]![language];
          const within = regions.some((region) => tree.chain(city).includes(region));
          expect(regionPoints(cityName, regions).points).toBe(within ? 15 : 0);
        },
      ),
    );
  });

  it('an investor in Europe fits every startup in a European place, named in either language', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom<'de' | 'en'>('de', 'en'), (city, l) => {
        expect(regionPoints(REGIONS[city]![l].toUpperCase(), ['europe']).points).toBe(15);
      }),
    );
  });

  it('a wider region never fits worse than a narrower one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom(...keys), (city, region) => {
        const narrow = regionPoints(REGIONS[city]!.de, [region]).points;
        for (const wider of tree.chain(region)) {
          expect(regionPoints(REGIONS[city]!.de, [wider]).points).toBeGreaterThanOrEqual(narrow);
        }
      }),
    );
  });
});
