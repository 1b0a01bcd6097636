import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { MentorProfile, MentorWeights, StartupProfile } from '../types.js';
import { mentorScorer } from './mentor-score.js';

/** `count` keys of one kind. */
const keys = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, k) => `${prefix}${k}`);

/** Pools over vocabularies of the given sizes; startups' needs weighted or not. */
function pools(size: number) {
  const topics = keys('t', size);
  const sectors = keys('s', Math.max(2, size >> 1));
  const stages = keys('g', Math.max(2, size >> 2));
  const languages = keys('l', Math.max(2, size >> 2));
  const cities = keys('c', 4);
  // With large vocabularies startups name many keys: the dictionaries (keys the startups name)
  // then exceed 32 and the bitsets take several words.
  const pick = (from: string[]) =>
    fc.subarray(from, { maxLength: size > 32 ? from.length : Math.min(6, from.length) });
  const startup: fc.Arbitrary<Omit<StartupProfile, 'id'>> = fc.record({
    topics: fc.oneof(
      pick(topics),
      fc.array(
        fc.oneof(
          fc.constantFrom(...topics),
          fc.record({ key: fc.constantFrom(...topics), weight: fc.constantFrom(0.5, 1, 2) }),
        ),
        { maxLength: 5 },
      ),
    ),
    sectors: pick(sectors),
    stage: fc.option(fc.constantFrom(...stages), { nil: null }),
    languages: pick(languages),
    requiredLanguage: fc.option(fc.constantFrom(...languages), { nil: null, freq: 3 }),
    city: fc.option(fc.constantFrom(...cities), { nil: null }),
    remoteOk: fc.boolean(),
    fundingSoughtEur: fc.constant(null),
  });
  const mentor: fc.Arbitrary<Omit<MentorProfile, 'id'>> = fc.record({
    expertise: fc.subarray(topics, { maxLength: Math.min(12, topics.length) }),
    sectors: pick(sectors),
    stages: pick(stages),
    languages: pick(languages),
    city: fc.option(fc.constantFrom(...cities), { nil: null }),
    remoteOk: fc.boolean(),
    capacity: fc.integer({ min: 0, max: 5 }),
  });
  return fc.record({
    startups: fc.array(startup, { minLength: 1, maxLength: 8 }),
    mentors: fc.array(mentor, { minLength: 1, maxLength: 10 }),
  });
}

const weights: fc.Arbitrary<Partial<MentorWeights>> = fc.oneof(
  fc.constant({}),
  fc.record({
    topics: fc.integer({ min: 0, max: 50 }),
    sector: fc.integer({ min: 0, max: 50 }),
    stage: fc.integer({ min: 0, max: 50 }),
    language: fc.integer({ min: 0, max: 50 }),
    location: fc.integer({ min: 0, max: 50 }),
    capacity: fc.integer({ min: 1, max: 50 }),
  }),
);

describe("the mentor scorer's row", () => {
  it.each([
    ['one-word bitsets', 6],
    ['several-word bitsets', 80],
  ])('gives exactly what milli gives for every pair (%s)', (_name, size) => {
    fc.assert(
      fc.property(pools(size), weights, ({ startups, mentors }, w) => {
        const scorer = mentorScorer(
          startups.map((s, i) => ({ ...s, id: `s${i}` })),
          mentors.map((m, j) => ({ ...m, id: `m${j}` })),
          w,
        );
        const out = new Int32Array(mentors.length);
        for (let i = 0; i < startups.length; i++) {
          scorer.row!(i, out);
          const expected = mentors.map((_, j) => scorer.milli(i, j));
          expect([...out]).toEqual(expected);
        }
      }),
      { seed: 1207, numRuns: 300 },
    );
  });
});
