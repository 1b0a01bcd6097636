import type { MentorProfile, StartupProfile, TopicNeed } from '@kohorte/matching';
import { Prng } from './prng';
import {
  CITIES,
  FUNDING,
  OTHER_LANGUAGES,
  SECTORS,
  STAGE_SHARE,
  STAGES,
  TOPICS,
} from './vocabulary';
import { defined } from '../../shared/items';

const CITY_WEIGHTS = CITIES.map(([city, , weight]) => [city, weight] as const);
const STATE_OF = new Map(CITIES.map(([city, state]) => [city, state]));

function languages(prng: Prng, german: number, english: number): string[] {
  const spoken: string[] = [];
  if (prng.chance(german)) spoken.push('de');
  if (prng.chance(english) || spoken.length === 0) spoken.push('en');
  if (prng.chance(0.15)) spoken.push(prng.weighted(OTHER_LANGUAGES));
  return spoken;
}

/** Startups as an incubator sees them: a few needs (some weighted), one or two sectors, a stage. */
export function syntheticStartups(count: number, seed: number): StartupProfile[] {
  const prng = new Prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const stage = prng.weighted(STAGE_SHARE);
    const needs = prng.distinct(TOPICS, prng.int(2, 5));
    const weighted = prng.chance(0.2);
    const topics: (string | TopicNeed)[] = needs.map((key, n) =>
      weighted && n === 0 ? { key, weight: 2 } : key,
    );
    const spoken = languages(prng, 0.85, 0.7);
    const required = prng.weighted([
      ['de', 25],
      ['en', 10],
      ['', 65],
    ] as const);
    const city = prng.weighted(CITY_WEIGHTS);
    const [low, high] = defined(FUNDING[stage], `the funding range of ${stage}`);
    return {
      id: `s${i}`,
      topics,
      sectors: prng.distinct(SECTORS, prng.int(1, 2)),
      stage,
      languages: spoken,
      requiredLanguage: required !== '' && spoken.includes(required) ? required : null,
      city,
      remoteOk: prng.chance(0.7),
      fundingSoughtEur: prng.chance(0.1) ? null : Math.round(prng.int(low, high) / 10_000) * 10_000,
      regions: [STATE_OF.get(city) ?? '', 'DACH', 'EU'],
    };
  });
}

/** Mentors: broader expertise, some open to every sector or stage, 1–5 free places. */
export function syntheticMentors(count: number, seed: number): MentorProfile[] {
  const prng = new Prng(seed);
  return Array.from({ length: count }, (_, j) => {
    const firstStage = prng.int(0, STAGES.length - 1);
    const stageCount = prng.int(1, 3);
    return {
      id: `m${j}`,
      expertise: prng.distinct(TOPICS, prng.int(3, 7)),
      sectors: prng.chance(0.1) ? [] : prng.distinct(SECTORS, prng.int(1, 3)),
      stages: prng.chance(0.15) ? [] : STAGES.slice(firstStage, firstStage + stageCount),
      languages: languages(prng, 0.9, 0.8),
      city: prng.weighted(CITY_WEIGHTS),
      remoteOk: prng.chance(0.75),
      capacity: prng.int(1, 5),
    };
  });
}

/** `perStartup` distinct random mentors for each startup: a shortlist as a search would give. */
export function randomShortlist(
  startups: number,
  mentors: number,
  perStartup: number,
  seed: number,
): { startup: Int32Array; partner: Int32Array } {
  const prng = new Prng(seed);
  const count = startups * Math.min(perStartup, mentors);
  const startup = new Int32Array(count);
  const partner = new Int32Array(count);
  let p = 0;
  for (let i = 0; i < startups; i++) {
    for (const j of prng.sample(mentors, perStartup)) {
      startup[p] = i;
      partner[p++] = j;
    }
  }
  return { startup, partner };
}
