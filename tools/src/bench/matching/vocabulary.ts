/**
 * The default vocabularies' keys (as seeded by the database migration) with how often they occur
 * in the synthetic pools, plus cities with their federal state.
 */
type Weighted = readonly (readonly [string, number])[];

export const TOPICS: Weighted = [
  ['fundraising', 10],
  ['public-funding', 5],
  ['pitching', 5],
  ['pricing', 6],
  ['b2b-sales', 9],
  ['marketing', 7],
  ['go-to-market', 8],
  ['product', 7],
  ['ux', 3],
  ['tech-architecture', 4],
  ['ai-ml', 4],
  ['hiring', 5],
  ['leadership', 3],
  ['legal', 3],
  ['ip-patents', 2],
  ['data-protection', 2],
  ['finance', 5],
  ['accounting', 2],
  ['internationalisation', 4],
  ['partnerships', 4],
];

export const SECTORS: Weighted = [
  ['fintech', 6],
  ['healthtech', 7],
  ['medtech', 4],
  ['biotech', 3],
  ['cleantech-energy', 7],
  ['mobility', 5],
  ['logistics', 4],
  ['proptech', 3],
  ['edtech', 4],
  ['agritech-food', 3],
  ['industry-4-0', 6],
  ['software-saas', 12],
  ['ecommerce-retail', 5],
  ['media-creative', 3],
  ['govtech', 2],
  ['social-impact', 3],
  ['deeptech', 4],
  ['gaming', 2],
];

export const STAGES = ['idea', 'pre-seed', 'seed', 'series-a', 'growth'] as const;
export const STAGE_SHARE: Weighted = [
  ['idea', 20],
  ['pre-seed', 30],
  ['seed', 30],
  ['series-a', 15],
  ['growth', 5],
];
/** EUR sought by stage: [min, max]. */
export const FUNDING: Readonly<Record<string, readonly [number, number]>> = {
  idea: [50_000, 250_000],
  'pre-seed': [150_000, 750_000],
  seed: [500_000, 3_000_000],
  'series-a': [3_000_000, 15_000_000],
  growth: [10_000_000, 50_000_000],
};

export const OTHER_LANGUAGES: Weighted = [
  ['fr', 3],
  ['es', 3],
  ['it', 2],
  ['pl', 3],
  ['cs', 2],
  ['uk', 3],
  ['ru', 3],
  ['tr', 3],
  ['ar', 2],
  ['vi', 2],
  ['zh', 2],
];

export const CITIES: readonly (readonly [city: string, state: string, weight: number])[] = [
  ['Leipzig', 'Sachsen', 14],
  ['Dresden', 'Sachsen', 12],
  ['Chemnitz', 'Sachsen', 6],
  ['Berlin', 'Berlin', 14],
  ['Halle (Saale)', 'Sachsen-Anhalt', 5],
  ['Magdeburg', 'Sachsen-Anhalt', 4],
  ['Jena', 'Thüringen', 5],
  ['Erfurt', 'Thüringen', 4],
  ['München', 'Bayern', 8],
  ['Hamburg', 'Hamburg', 7],
  ['Köln', 'Nordrhein-Westfalen', 6],
  ['Frankfurt am Main', 'Hessen', 6],
];
