import type { InvestorProfile, MentorProfile, StartupProfile, Vocabulary } from '../types.js';

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
