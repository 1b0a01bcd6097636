import { describe, expect, it } from '@jest/globals';
import { generateStartups, type VocabularyKeys } from './demo-startups';
import { STAGE_PROFILES } from './stage-profiles';
import { defined } from '../shared/items';

const vocabulary: VocabularyKeys = {
  // `space-tech` has no hand-written texts: the generic ones must cover it.
  sectors: ['fintech', 'healthtech', 'cleantech-energy', 'software-saas', 'space-tech'],
  topics: ['fundraising', 'pitching', 'b2b-sales', 'hiring', 'legal', 'product'],
  stages: ['idea', 'pre-seed', 'seed', 'series-a', 'growth'],
  languages: ['de', 'en', 'pl'],
  regions: ['leipzig', 'sachsen', 'europe'],
};
const today = new Date('2026-11-28T00:00:00Z');

describe('generateStartups', () => {
  it('gives the same startups for the same seed and day', () => {
    expect(generateStartups(60, vocabulary, { seed: 7, today })).toEqual(
      generateStartups(60, vocabulary, { seed: 7, today }),
    );
  });

  it('gives other startups for another seed', () => {
    const names = (seed: number) =>
      generateStartups(10, vocabulary, { seed, today }).map((s) => s.name);
    expect(names(7)).not.toEqual(names(8));
  });

  it('uses only keys of the given vocabularies', () => {
    for (const startup of generateStartups(500, vocabulary, { today })) {
      expect(vocabulary.stages).toContain(startup.stage);
      for (const key of startup.sectors) expect(vocabulary.sectors).toContain(key);
      for (const key of startup.topics) expect(vocabulary.topics).toContain(key);
      for (const key of startup.languages) expect(vocabulary.languages).toContain(key);
    }
  });

  it('fills every profile like a real one', () => {
    const startups = generateStartups(500, vocabulary, { today });
    expect(new Set(startups.slice(0, 60).map((s) => s.name)).size).toBe(60);
    for (const startup of startups) {
      expect(startup.sectors.length).toBeGreaterThanOrEqual(1);
      expect(new Set(startup.sectors).size).toBe(startup.sectors.length);
      expect(startup.languages.length).toBeGreaterThanOrEqual(1);
      expect(startup.topics.length).toBeGreaterThanOrEqual(1);
      expect(startup.topics.length).toBeLessThanOrEqual(5);
      expect(new Set(startup.topics).size).toBe(startup.topics.length);
      expect(startup.oneLiner.length).toBeLessThanOrEqual(280);
      expect(startup.description).not.toMatch(/\{\w+\}/);
      expect(startup.foundedOn <= '2026-11-28').toBe(true);
      const profile = defined(STAGE_PROFILES[startup.stage], `the profile of ${startup.stage}`);
      expect(startup.teamSize).toBeGreaterThanOrEqual(profile.teamSize[0]);
      expect(startup.teamSize).toBeLessThanOrEqual(profile.teamSize[1]);
      expect(startup.fundingSoughtEur).toBeGreaterThanOrEqual(profile.fundingSoughtEur[0]);
      expect(startup.fundingSoughtEur).toBeLessThanOrEqual(profile.fundingSoughtEur[1]);
    }
    const cities = new Set(startups.map((s) => s.city));
    expect([...cities].sort()).toEqual(['Chemnitz', 'Dresden', 'Halle (Saale)', 'Jena', 'Leipzig']);
    expect(startups.some((s) => s.sectors[0] === 'space-tech')).toBe(true);
  });

  it('refuses an empty vocabulary', () => {
    expect(() => generateStartups(1, { ...vocabulary, stages: [] }, { today })).toThrow(/stages/);
  });
});
