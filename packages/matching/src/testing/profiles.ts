import fc from 'fast-check';
import type { MentorProfile, PairRef, RunParams, StartupProfile } from '../types.js';

const TOPICS = ['pricing', 'b2b-sales', 'hiring', 'legal'];
const SECTORS = ['fintech', 'healthtech', 'software-saas'];
const STAGES = ['idea', 'seed', 'series-a'];
const LANGUAGES = ['de', 'en', 'fr'];
const CITIES = ['Leipzig', 'Berlin', 'Dresden'];

const subset = (keys: string[]) => fc.subarray(keys);

export const startupProfile: fc.Arbitrary<Omit<StartupProfile, 'id'>> = fc.record({
  topics: fc.array(
    fc.oneof(
      fc.constantFrom(...TOPICS),
      fc.record({ key: fc.constantFrom(...TOPICS), weight: fc.constantFrom(0.5, 1, 2, 3) }),
    ),
    { maxLength: 4 },
  ),
  sectors: subset(SECTORS),
  stage: fc.option(fc.constantFrom(...STAGES), { nil: null }),
  languages: subset(LANGUAGES),
  requiredLanguage: fc.option(fc.constantFrom(...LANGUAGES), { nil: null, freq: 4 }),
  city: fc.option(fc.constantFrom(...CITIES), { nil: null }),
  remoteOk: fc.boolean(),
  fundingSoughtEur: fc.constant(null),
});

export const mentorProfile: fc.Arbitrary<Omit<MentorProfile, 'id'>> = fc.record({
  expertise: subset(TOPICS),
  sectors: subset(SECTORS),
  stages: subset(STAGES),
  languages: fc.subarray(LANGUAGES, { minLength: 2 }),
  city: fc.option(fc.constantFrom(...CITIES), { nil: null }),
  remoteOk: fc.boolean(),
  capacity: fc.constantFrom(0, 1, 2, 2, 3),
});

export interface MentorRun {
  startups: StartupProfile[];
  mentors: MentorProfile[];
  params: RunParams;
}

/**
 * Small pools (at least one startup and one mentor) with random rules: pairs to exclude, reject
 * and pin are drawn from all pairs, so some pins conflict on purpose.
 */
export function mentorRuns(maxStartups: number, maxMentors: number): fc.Arbitrary<MentorRun> {
  return fc
    .record({
      startups: fc.array(startupProfile, { minLength: 1, maxLength: maxStartups }),
      mentors: fc.array(mentorProfile, { minLength: 1, maxLength: maxMentors }),
    })
    .chain(({ startups, mentors }) => {
      const named = {
        startups: startups.map((s, i) => ({ ...s, id: `s${i}` })),
        mentors: mentors.map((m, j) => ({ ...m, id: `m${j}` })),
      };
      const pairs: PairRef[] = named.startups.flatMap((s) =>
        named.mentors.map((m) => ({ startupId: s.id, partnerId: m.id })),
      );
      const some = (most: number) =>
        fc.subarray(pairs, { maxLength: Math.min(most, pairs.length) });
      return fc.record({
        startups: fc.constant(named.startups),
        mentors: fc.constant(named.mentors),
        params: fc.record({
          k: fc.constantFrom(0, 1, 2, 2, 3),
          minScore: fc.constantFrom(0, 0, 0, 30, 50),
          fairnessPenalty: fc.constantFrom(0, 0, 5),
          excluded: some(2),
          rejected: some(2),
          pinned: fc.oneof(fc.constant([]), fc.constant([]), some(2)),
          alternatives: fc.constantFrom(0, 2),
        }),
      });
    });
}
