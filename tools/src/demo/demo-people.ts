import type { InvestorType, Locale } from '@kohorte/contracts';
import type { Faker } from '@faker-js/faker';
import { createDemoFaker, DEMO_SEED, logUniform } from './demo-faker';
import type { VocabularyKeys } from './demo-startups';
import { CITIES } from './places';

/** A mentor as the demo writes it. */
export interface DemoMentor {
  fullName: string;
  email: string;
  phone: string;
  company: string;
  jobTitle: string;
  bio: string;
  expertise: string[];
  sectors: string[];
  stages: string[];
  languages: string[];
  city: string;
  capacity: number;
  status: 'active' | 'paused';
}

/** An investor as the demo writes it. */
export interface DemoInvestor {
  name: string;
  contactName: string;
  email: string;
  type: InvestorType;
  sectors: string[];
  stages: string[];
  ticketMinEur: number;
  ticketMaxEur: number;
  regions: string[];
  introsPerRound: number;
  locale: Locale;
}

const MENTOR_ROLES: ReadonlyArray<[de: string, en: string]> = [
  ['Gründerin und Geschäftsführerin', 'Founder and CEO'],
  ['Leiter Vertrieb', 'Head of Sales'],
  ['Steuerberaterin', 'Tax adviser'],
  ['Rechtsanwalt für IT-Recht', 'IT lawyer'],
  ['CTO', 'CTO'],
  ['Produktmanagerin', 'Product manager'],
  ['Business Angel', 'Business angel'],
  ['Personalleiterin', 'Head of People'],
];

// Invented funds and funders; the public ones are modelled on the kinds Saxony has, not named after them.
// The funds with English names are run by international teams: their emails go out in English.
const INVESTOR_NAMES: ReadonlyArray<[name: string, type: InvestorType, locale: Locale]> = [
  ['Pleiße Ventures', 'vc', 'de'],
  ['Mitteldeutscher Frühphasenfonds', 'public', 'de'],
  ['Auwald Capital', 'vc', 'de'],
  ['Elbtal Seed Partners', 'vc', 'en'],
  ['Saale Industrie Beteiligungen', 'corporate', 'de'],
  ['Gohlis Angels', 'angel', 'de'],
  ['Förderbank Sachsen-Süd (fiktiv)', 'public', 'de'],
  ['Kontor 1897 Beteiligungen', 'corporate', 'de'],
  ['Zwenkau Impact Fund', 'vc', 'en'],
  ['Lindenau Tech Invest', 'vc', 'en'],
];

/**
 * The regions the demo investors invest in, keys of the region vocabulary from the incubator's
 * city up to Europe (an investor in one fits every startup in a place within it).
 */
const REGIONS = [
  'leipzig',
  'sachsen',
  'sachsen-anhalt',
  'thueringen',
  'germany',
  'dach',
  'europe',
] as const;

function pick<T>(faker: Faker, items: readonly T[], min: number, max: number): T[] {
  if (items.length === 0) return [];
  return faker.helpers.arrayElements(items, {
    min: Math.min(min, items.length),
    max: Math.min(max, items.length),
  });
}

function emailOf(name: string, domain: string): string {
  const local = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local}@${domain}`;
}

/** Deterministic mentors: the same seed and vocabulary give the same people. */
export function generateMentors(
  count: number,
  vocabulary: VocabularyKeys,
  seed = DEMO_SEED,
): DemoMentor[] {
  const faker = createDemoFaker(seed + 1);
  const cities = CITIES.map((city) => city.value);
  return Array.from({ length: count }, (_, index) => {
    const fullName = `${faker.person.firstName()} ${faker.person.lastName()}`;
    const [roleDe, roleEn] = faker.helpers.arrayElement(MENTOR_ROLES);
    const company = faker.company.name();
    const english = index % 4 === 0;
    const expertise = pick(faker, vocabulary.topics, 2, 5);
    return {
      fullName,
      email: emailOf(`${fullName} ${index}`, 'mentors.example'),
      phone: `+49 341 ${faker.string.numeric(6)}`,
      company,
      jobTitle: english ? roleEn : roleDe,
      bio: english
        ? `${roleEn} at ${company}. Has helped young companies in central Germany for ${faker.number.int({ min: 3, max: 20 })} years.`
        : `${roleDe} bei ${company}. Begleitet seit ${faker.number.int({ min: 3, max: 20 })} Jahren junge Unternehmen in Mitteldeutschland.`,
      expertise,
      sectors: pick(faker, vocabulary.sectors, 1, 3),
      stages: pick(faker, vocabulary.stages, 1, 3),
      languages: english
        ? ['en', 'de'].filter((key) => vocabulary.languages.includes(key))
        : ['de'],
      city: faker.helpers.arrayElement(cities),
      capacity: faker.number.int({ min: 1, max: 4 }),
      status: index % 10 === 9 ? 'paused' : 'active',
    };
  });
}

/** Deterministic investors: the named funds first, then business angels. */
export function generateInvestors(
  count: number,
  vocabulary: VocabularyKeys,
  seed = DEMO_SEED,
): DemoInvestor[] {
  const faker = createDemoFaker(seed + 2);
  return Array.from({ length: count }, (_, index) => {
    // Every fourth business angel reads English, as every fourth mentor writes it.
    const [fundName, type, locale] = INVESTOR_NAMES[index] ?? [
      null,
      'angel' as const,
      index % 4 === 0 ? ('en' as const) : ('de' as const),
    ];
    const contactName = `${faker.person.firstName()} ${faker.person.lastName()}`;
    const name = fundName ?? contactName;
    const ticketMinEur =
      type === 'angel'
        ? logUniform(faker, 10_000, 50_000, 5_000)
        : logUniform(faker, 100_000, 1_000_000, 50_000);
    return {
      name,
      contactName,
      email: emailOf(`${name} ${index}`, 'investors.example'),
      type,
      sectors: pick(faker, vocabulary.sectors, 1, 4),
      stages: pick(faker, vocabulary.stages, 1, 2),
      ticketMinEur,
      ticketMaxEur: ticketMinEur * faker.number.int({ min: 2, max: 10 }),
      // Only keys the vocabulary still holds: an admin may have removed one.
      regions: pick(
        faker,
        REGIONS.filter((key) => vocabulary.regions.includes(key)),
        1,
        2,
      ),
      introsPerRound: faker.number.int({ min: 1, max: 5 }),
      locale,
    };
  });
}
