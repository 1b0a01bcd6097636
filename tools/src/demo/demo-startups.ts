import { VOCABULARY_KINDS, type VocabularyKind } from '@kohorte/contracts';
import type { Faker } from '@faker-js/faker';
import { createDemoFaker, DEMO_SEED, logUniform } from './demo-faker';
import { CITIES, LEGAL_FORMS, NAME_ENDINGS, NAME_STEMS, ORIGINS, ORIGINS_EN } from './places';
import {
  GENERIC_TEXTS,
  SECTOR_TEXTS,
  type SectorTexts,
  TEAM_SENTENCES_DE,
  TEAM_SENTENCES_EN,
} from './sector-texts';
import { DEFAULT_STAGE_PROFILE, STAGE_PROFILES } from './stage-profiles';
import { firstOf } from '../shared/items';

/** The keys of each vocabulary, as stored in the database. */
export type VocabularyKeys = Record<VocabularyKind, readonly string[]>;

/** A startup record as the demo writes it (the columns a person fills in). */
export interface DemoStartup {
  name: string;
  oneLiner: string;
  description: string;
  website: string | null;
  foundedOn: string;
  stage: string;
  sectors: string[];
  teamSize: number;
  city: string;
  fundingRaisedEur: number;
  fundingSoughtEur: number;
  languages: string[];
  topics: string[];
  archived: boolean;
}

export interface StartupGeneratorOptions {
  seed?: number;
  /** Founding dates are spread back from this day. */
  today: Date;
}

const MAX_TOPICS = 5;
/** Share of profiles written in English (the rest in German). */
const ENGLISH_SHARE = 0.3;
const ARCHIVED_SHARE = 0.05;

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '');
}

/** Invented names, stem + ending, without repeats until the combinations run out. */
function* startupNames(faker: Faker): Generator<string> {
  const combinations = faker.helpers.shuffle(
    NAME_STEMS.flatMap((stem) => NAME_ENDINGS.map((ending) => `${stem}${ending}`)),
  );
  for (let round = 0; ; round += 1) {
    for (const base of combinations) yield round === 0 ? base : `${base} ${round + 1}`;
  }
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

class StartupGenerator {
  private readonly names: Generator<string>;
  private readonly knownTopics: Set<string>;

  constructor(
    private readonly faker: Faker,
    private readonly vocabulary: VocabularyKeys,
    private readonly today: Date,
  ) {
    for (const kind of VOCABULARY_KINDS) {
      if (vocabulary[kind].length === 0) throw new Error(`The ${kind} vocabulary is empty`);
    }
    this.names = startupNames(faker);
    this.knownTopics = new Set(vocabulary.topics);
  }

  next(): DemoStartup {
    const { faker } = this;
    const stage = faker.helpers.weightedArrayElement(
      this.vocabulary.stages.map((key) => ({
        value: key,
        weight: (STAGE_PROFILES[key] ?? DEFAULT_STAGE_PROFILE).weight,
      })),
    );
    const profile = STAGE_PROFILES[stage] ?? DEFAULT_STAGE_PROFILE;
    const sectors = faker.helpers.arrayElements(
      this.vocabulary.sectors,
      faker.helpers.weightedArrayElement([
        { value: 1, weight: 60 },
        { value: 2, weight: 30 },
        { value: 3, weight: 10 },
      ]),
    );
    const texts: SectorTexts = SECTOR_TEXTS[firstOf(sectors)] ?? GENERIC_TEXTS;
    const english = faker.datatype.boolean(ENGLISH_SHARE);
    const city = faker.helpers.weightedArrayElement(CITIES);
    const teamSize = logUniform(faker, ...profile.teamSize);
    const name = this.names.next().value as string;
    const legalForm = faker.helpers.weightedArrayElement(LEGAL_FORMS);

    return {
      name: legalForm ? `${name} ${legalForm}` : name,
      oneLiner: faker.helpers.arrayElement(english ? texts.oneLinersEn : texts.oneLinersDe),
      description: this.description(texts, english, city, teamSize),
      website: faker.datatype.boolean(0.85)
        ? `https://${slug(name)}.${faker.helpers.arrayElement(['de', 'io', 'com', 'eu'])}`
        : null,
      foundedOn: this.foundedOn(profile.ageYears),
      stage,
      sectors,
      teamSize,
      city,
      fundingRaisedEur: logUniform(faker, ...profile.fundingRaisedEur, 5_000),
      fundingSoughtEur: logUniform(faker, ...profile.fundingSoughtEur, 25_000),
      languages: this.languages(english),
      topics: this.topics([...profile.topics, ...texts.topics]),
      archived: faker.datatype.boolean(ARCHIVED_SHARE),
    };
  }

  private description(
    texts: SectorTexts,
    english: boolean,
    city: string,
    teamSize: number,
  ): string {
    const { faker } = this;
    const details = english ? texts.detailsEn : texts.detailsDe;
    // "We are a team of 1" reads wrong: small teams skip the sentences that count heads.
    const team = (english ? TEAM_SENTENCES_EN : TEAM_SENTENCES_DE).filter(
      (sentence) => teamSize >= 3 || !sentence.includes('{team}'),
    );
    // No founders' names here: the founders are contacts of their own, and two sources would disagree.
    const sentences = [
      ...faker.helpers.arrayElements(details, { min: 1, max: 3 }),
      ...faker.helpers.arrayElements(team, { min: 1, max: 2 }),
    ];
    const values = {
      city,
      team: String(teamSize),
      origin: faker.helpers.arrayElement(english ? ORIGINS_EN : ORIGINS),
    };
    return sentences.map((sentence) => fill(sentence, values)).join(' ');
  }

  private foundedOn([minYears, maxYears]: [number, number]): string {
    const day = 24 * 3600 * 1000;
    const daysAgo = this.faker.number.int({ min: minYears * 365, max: maxYears * 365 + 364 });
    return new Date(this.today.getTime() - daysAgo * day).toISOString().slice(0, 10);
  }

  private languages(english: boolean): string[] {
    const { faker } = this;
    const chosen = this.vocabulary.languages.filter((key) => {
      if (key === 'de') return faker.datatype.boolean(english ? 0.6 : 0.97);
      if (key === 'en') return english || faker.datatype.boolean(0.65);
      return faker.datatype.boolean(0.02);
    });
    return chosen.length > 0 ? chosen : [firstOf(this.vocabulary.languages)];
  }

  private topics(preferred: readonly string[]): string[] {
    const { faker } = this;
    const likely = [...new Set(preferred)].filter((key) => this.knownTopics.has(key));
    const picked = faker.helpers.arrayElements(likely, { min: Math.min(2, likely.length), max: 4 });
    if (picked.length < 2 || faker.datatype.boolean(0.3)) {
      picked.push(faker.helpers.arrayElement(this.vocabulary.topics));
    }
    return [...new Set(picked)].slice(0, MAX_TOPICS);
  }
}

/**
 * `count` startup profiles with stages, sectors, topics and languages drawn from the given
 * vocabulary keys only. The same seed, vocabulary and day give the same startups.
 */
export function generateStartups(
  count: number,
  vocabulary: VocabularyKeys,
  { seed = DEMO_SEED, today }: StartupGeneratorOptions,
): DemoStartup[] {
  const generator = new StartupGenerator(createDemoFaker(seed), vocabulary, today);
  return Array.from({ length: count }, () => generator.next());
}
