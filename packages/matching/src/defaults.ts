import type { InvestorWeights, MentorWeights, RunParams } from './types.js';

/** The mentor score's default weights (they sum to 100, so each is the part's maximum). */
export const DEFAULT_MENTOR_WEIGHTS: MentorWeights = Object.freeze({
  topics: 45,
  sector: 15,
  stage: 10,
  language: 10,
  location: 10,
  capacity: 10,
});

/** The investor score's default weights (they sum to 100). */
export const DEFAULT_INVESTOR_WEIGHTS: InvestorWeights = Object.freeze({
  sector: 35,
  stage: 25,
  ticket: 25,
  region: 15,
});

export const DEFAULT_RUN_PARAMS: RunParams = Object.freeze({
  k: 2,
  minScore: 0,
  fairnessPenalty: 0,
  excluded: [],
  pinned: [],
  rejected: [],
  alternatives: 3,
});

/** A mentor with this many free places or more earns the whole capacity part. */
export const FULL_CAPACITY = 3;
