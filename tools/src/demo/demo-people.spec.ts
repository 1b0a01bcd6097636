import { describe, expect, it } from '@jest/globals';
import { generateInvestors, generateMentors } from './demo-people';
import type { VocabularyKeys } from './demo-startups';

const vocabulary: VocabularyKeys = {
  sectors: ['fintech', 'healthtech', 'mobility'],
  topics: ['fundraising', 'pricing', 'b2b-sales', 'hiring', 'legal'],
  stages: ['idea', 'seed', 'series-a'],
  languages: ['de', 'en'],
  regions: ['leipzig', 'sachsen', 'germany', 'dach', 'europe'],
};

describe('demo mentors and investors', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generateMentors(10, vocabulary, 7)).toEqual(generateMentors(10, vocabulary, 7));
    expect(generateMentors(10, vocabulary, 7)).not.toEqual(generateMentors(10, vocabulary, 8));
    expect(generateInvestors(10, vocabulary, 7)).toEqual(generateInvestors(10, vocabulary, 7));
  });

  it('use only the given vocabulary keys, unique emails and sane limits', () => {
    const mentors = generateMentors(40, vocabulary);
    expect(new Set(mentors.map((mentor) => mentor.email)).size).toBe(40);
    for (const mentor of mentors) {
      expect(mentor.expertise.every((key) => vocabulary.topics.includes(key))).toBe(true);
      expect(mentor.sectors.every((key) => vocabulary.sectors.includes(key))).toBe(true);
      expect(mentor.stages.every((key) => vocabulary.stages.includes(key))).toBe(true);
      expect(mentor.capacity).toBeGreaterThanOrEqual(1);
    }
    const investors = generateInvestors(20, vocabulary);
    expect(new Set(investors.map((investor) => investor.email)).size).toBe(20);
    for (const investor of investors) {
      expect(investor.ticketMinEur).toBeLessThanOrEqual(investor.ticketMaxEur);
      expect(investor.sectors.every((key) => vocabulary.sectors.includes(key))).toBe(true);
      expect(investor.regions.length).toBeGreaterThan(0);
      expect(investor.regions.every((key) => vocabulary.regions.includes(key))).toBe(true);
    }
  });

  it('write to some investors in English and to most in German', () => {
    const investors = generateInvestors(20, vocabulary);
    const english = investors.filter((investor) => investor.locale === 'en');
    expect(english.map((investor) => investor.name)).toEqual(
      expect.arrayContaining(['Elbtal Seed Partners', 'Zwenkau Impact Fund']),
    );
    expect(english.some((investor) => investor.type === 'angel')).toBe(true);
    expect(english.length).toBeGreaterThan(2);
    expect(english.length).toBeLessThan(investors.length / 2);
    expect(
      investors.every((investor) => investor.locale === 'en' || investor.locale === 'de'),
    ).toBe(true);
  });
});
