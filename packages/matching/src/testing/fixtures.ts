import type {
  InvestorProfile,
  MentorProfile,
  RegionTerm,
  StartupProfile,
  Vocabulary,
} from '../types.js';

/** A slice of the region tree: two Länder with their cities, up to Europe. */
export const REGIONS: Readonly<Record<string, RegionTerm>> = {
  europe: { de: 'Europa', en: 'Europe', parent: null },
  dach: { de: 'DACH', en: 'DACH', parent: 'europe' },
  de: { de: 'Deutschland', en: 'Germany', parent: 'dach' },
  at: { de: 'Österreich', en: 'Austria', parent: 'dach' },
  fr: { de: 'Frankreich', en: 'France', parent: 'europe' },
  sachsen: { de: 'Sachsen', en: 'Saxony', parent: 'de' },
  'sachsen-anhalt': { de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt', parent: 'de' },
  bayern: { de: 'Bayern', en: 'Bavaria', parent: 'de' },
  leipzig: { de: 'Leipzig', en: 'Leipzig', parent: 'sachsen' },
  halle: { de: 'Halle (Saale)', en: 'Halle (Saale)', parent: 'sachsen-anhalt' },
  muenchen: { de: 'München', en: 'Munich', parent: 'bayern' },
  wien: { de: 'Wien', en: 'Vienna', parent: 'at' },
  paris: { de: 'Paris', en: 'Paris', parent: 'fr' },
};

export const VOCABULARY: Vocabulary = {
  topics: {
    pricing: { de: 'Preisgestaltung', en: 'Pricing' },
    'b2b-sales': { de: 'B2B-Vertrieb', en: 'B2B sales' },
    hiring: { de: 'Recruiting / Team', en: 'Hiring / team' },
    legal: { de: 'Recht', en: 'Legal' },
    fundraising: { de: 'Finanzierung / Fundraising', en: 'Fundraising' },
  },
  sectors: {
    fintech: { de: 'FinTech', en: 'Fintech' },
    'software-saas': { de: 'Software / SaaS', en: 'Software / SaaS' },
    healthtech: { de: 'HealthTech', en: 'Healthtech' },
  },
  stages: {
    idea: { de: 'Idee', en: 'Idea' },
    'pre-seed': { de: 'Pre-Seed', en: 'Pre-seed' },
    seed: { de: 'Seed', en: 'Seed' },
    'series-a': { de: 'Series A', en: 'Series A' },
  },
  languages: {
    de: { de: 'Deutsch', en: 'German' },
    en: { de: 'Englisch', en: 'English' },
    fr: { de: 'Französisch', en: 'French' },
  },
  regions: REGIONS,
};

export function startup(overrides: Partial<StartupProfile> = {}): StartupProfile {
  return {
    id: 's1',
    topics: ['pricing', 'b2b-sales', 'hiring', 'legal'],
    sectors: ['fintech'],
    stage: 'seed',
    languages: ['de', 'en'],
    requiredLanguage: null,
    city: 'Leipzig',
    remoteOk: true,
    fundingSoughtEur: 500_000,
    regions: ['Sachsen', 'DACH'],
    ...overrides,
  };
}

export function mentor(overrides: Partial<MentorProfile> = {}): MentorProfile {
  return {
    id: 'm1',
    expertise: ['pricing', 'b2b-sales', 'hiring', 'fundraising'],
    sectors: ['fintech', 'software-saas'],
    stages: ['pre-seed', 'seed'],
    languages: ['de'],
    city: 'Leipzig',
    remoteOk: true,
    capacity: 3,
    ...overrides,
  };
}

export function investor(overrides: Partial<InvestorProfile> = {}): InvestorProfile {
  return {
    id: 'v1',
    sectors: ['fintech'],
    stages: ['seed'],
    ticketMinEur: 250_000,
    ticketMaxEur: 1_000_000,
    regions: ['Sachsen'],
    introsPerRound: 2,
    ...overrides,
  };
}
