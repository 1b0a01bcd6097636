import type { CandidateOptions, MentorMatchInput, MentorWeights } from '@kohorte/matching';
import { randomShortlist, syntheticMentors, syntheticStartups } from './synthetic-pools';

export interface Size {
  name: string;
  startups: number;
  mentors: number;
  /** Random mentors scored per startup; null = every pair. */
  perStartup: number | null;
  /** Score weights; the engine's defaults when absent. */
  weights?: MentorWeights;
  /** Times each engine step is repeated (the median is reported). */
  repeats: number;
  /** HiGHS takes seconds here: `--quick` skips it. */
  slowReference: boolean;
}

/** Equal weights: the tied-scores row. */
export const TIED_WEIGHTS: MentorWeights = {
  topics: 1,
  sector: 1,
  stage: 1,
  language: 1,
  location: 1,
  capacity: 1,
};

export const SIZES: readonly Size[] = [
  {
    name: '100×50',
    startups: 100,
    mentors: 50,
    perStartup: null,
    repeats: 7,
    slowReference: false,
  },
  {
    name: '1,000×300',
    startups: 1000,
    mentors: 300,
    perStartup: null,
    repeats: 5,
    slowReference: false,
  },
  {
    name: '1,000×300',
    startups: 1000,
    mentors: 300,
    perStartup: 50,
    repeats: 5,
    slowReference: false,
  },
  {
    // Every part weighs the same: few distinct scores, so many pairs tie (the hard case for
    // a simplex's pricing: many bases share one cost).
    name: '1,000×300 tied',
    startups: 1000,
    mentors: 300,
    perStartup: null,
    weights: TIED_WEIGHTS,
    repeats: 5,
    slowReference: false,
  },
  {
    name: '10,000×2,000',
    startups: 10_000,
    mentors: 2000,
    perStartup: 50,
    repeats: 3,
    slowReference: true,
  },
];

export const K = 2;

/** The same seeded instance in every process that asks for it. */
export function instance(size: Size): { input: MentorMatchInput; options: CandidateOptions } {
  const seed = size.startups * 7919 + size.mentors;
  return {
    input: {
      startups: syntheticStartups(size.startups, seed),
      mentors: syntheticMentors(size.mentors, seed + 1),
      params: { k: K, alternatives: 3 },
      weights: size.weights,
    },
    options:
      size.perStartup === null
        ? {}
        : { pairs: randomShortlist(size.startups, size.mentors, size.perStartup, seed + 2) },
  };
}
