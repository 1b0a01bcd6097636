import { DEFAULT_MENTOR_WEIGHTS } from '../defaults.js';
import type {
  FitScore,
  MentorProfile,
  MentorWeights,
  StartupProfile,
  Vocabulary,
} from '../types.js';
import { encodeMentorPools } from './encode.js';
import {
  MENTOR_PARTS,
  mentorCapacityPoints,
  mentorPairMilli,
  mentorRowMilli,
} from './mentor-kernel.js';
import { mentorBlock, mentorReasons } from './mentor-reasons.js';
import { partMaxima } from './points.js';
import { fitScore, type PairScorer } from './scorer.js';

/** Encodes both pools once; `milli` is then a few bit operations per pair. */
export function mentorScorer(
  startups: readonly StartupProfile[],
  mentors: readonly MentorProfile[],
  weights: Partial<MentorWeights> = {},
  vocabulary: Vocabulary = {},
): PairScorer {
  const maxima = partMaxima(MENTOR_PARTS, { ...DEFAULT_MENTOR_WEIGHTS, ...weights });
  const codes = encodeMentorPools(startups, mentors);
  const points = new Int32Array(MENTOR_PARTS.length);
  const capacityPoints = mentorCapacityPoints(codes.mentors, maxima);
  return {
    startupIds: startups.map((startup) => startup.id),
    partnerIds: mentors.map((mentor) => mentor.id),
    capacity: codes.mentors.capacity,
    milli: (i, j) => mentorPairMilli(codes.startups, codes.mentors, codes.dict, maxima, i, j),
    row: (i, out) =>
      mentorRowMilli(codes.startups, codes.mentors, codes.dict, maxima, capacityPoints, i, out),
    explain(i, j) {
      const milli = mentorPairMilli(
        codes.startups,
        codes.mentors,
        codes.dict,
        maxima,
        i,
        j,
        points,
      );
      const blocked = milli < 0 ? mentorBlock(startups[i]!, mentors[j]!, vocabulary) : null;
      if (milli < 0) points.fill(0);
      const reasons = mentorReasons(startups[i]!, mentors[j]!, vocabulary);
      return fitScore(MENTOR_PARTS, maxima, points, reasons, blocked);
    },
  };
}

/**
 * The fit of one startup and one mentor, 0–100, with each part's points and reason. Missing
 * weights take DEFAULT_MENTOR_WEIGHTS; missing labels show the keys.
 */
export function scoreMentor(
  startup: StartupProfile,
  mentor: MentorProfile,
  weights: Partial<MentorWeights> = {},
  vocabulary: Vocabulary = {},
): FitScore {
  return mentorScorer([startup], [mentor], weights, vocabulary).explain(0, 0);
}
