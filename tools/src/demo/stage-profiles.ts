/** What a startup typically looks like at each stage key of the default vocabulary. */
export interface StageProfile {
  /** How common the stage is among the programme's startups. */
  weight: number;
  teamSize: [min: number, max: number];
  fundingRaisedEur: [min: number, max: number];
  fundingSoughtEur: [min: number, max: number];
  /** Company age in years at the reference date. */
  ageYears: [min: number, max: number];
  /** Topics founders at this stage ask for most. */
  topics: readonly string[];
}

export const STAGE_PROFILES: Readonly<Record<string, StageProfile>> = {
  idea: {
    weight: 18,
    teamSize: [1, 3],
    fundingRaisedEur: [0, 30_000],
    fundingSoughtEur: [50_000, 250_000],
    ageYears: [0, 1],
    topics: ['product', 'pitching', 'public-funding', 'go-to-market'],
  },
  'pre-seed': {
    weight: 30,
    teamSize: [2, 6],
    fundingRaisedEur: [25_000, 400_000],
    fundingSoughtEur: [200_000, 1_000_000],
    ageYears: [0, 3],
    topics: ['fundraising', 'pitching', 'product', 'pricing', 'public-funding'],
  },
  seed: {
    weight: 28,
    teamSize: [4, 15],
    fundingRaisedEur: [300_000, 2_500_000],
    fundingSoughtEur: [1_000_000, 5_000_000],
    ageYears: [1, 5],
    topics: ['fundraising', 'b2b-sales', 'hiring', 'marketing', 'go-to-market'],
  },
  'series-a': {
    weight: 15,
    teamSize: [12, 45],
    fundingRaisedEur: [2_000_000, 12_000_000],
    fundingSoughtEur: [5_000_000, 20_000_000],
    ageYears: [3, 8],
    topics: ['hiring', 'leadership', 'internationalisation', 'finance'],
  },
  growth: {
    weight: 9,
    teamSize: [30, 150],
    fundingRaisedEur: [10_000_000, 60_000_000],
    fundingSoughtEur: [10_000_000, 50_000_000],
    ageYears: [5, 12],
    topics: ['internationalisation', 'leadership', 'partnerships', 'accounting'],
  },
};

/** For a stage key that an admin added and this table does not know. */
export const DEFAULT_STAGE_PROFILE: StageProfile = {
  weight: 10,
  teamSize: [2, 20],
  fundingRaisedEur: [0, 2_000_000],
  fundingSoughtEur: [100_000, 3_000_000],
  ageYears: [0, 6],
  topics: [],
};
