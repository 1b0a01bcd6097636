import { FULL_CAPACITY } from '../defaults.js';
import type { MentorScorePart } from '../types.js';
import type { Dictionaries, MentorCodes, StartupCodes } from './encode.js';
import { hasBit, intersects, popcount } from './key-index.js';
import { partPoints } from './points.js';

/** The mentor score's parts, in the order of the kernel's output. */
export const MENTOR_PARTS: readonly MentorScorePart[] = [
  'topics',
  'sector',
  'stage',
  'language',
  'location',
  'capacity',
];

/**
 * The fit of startup i and mentor j in milli-points, or -1 when the required language is missing.
 * With `out`, each part's milli-points are written to it in MENTOR_PARTS order. This one function
 * scores both the candidate graph and the explanations, so the two always agree.
 */
export function mentorPairMilli(
  s: StartupCodes,
  m: MentorCodes,
  dict: Dictionaries,
  maxima: Int32Array,
  i: number,
  j: number,
  out?: Int32Array,
): number {
  const languageWords = dict.words.languages;
  const required = s.required[i];
  if (required >= 0 && !hasBit(m.languageBits, j * languageWords, required)) return -1;

  const topicWords = dict.words.topics;
  let covered = 0;
  if (s.needUniform[i] === 1) {
    for (let w = 0, a = i * topicWords, b = j * topicWords; w < topicWords; w++) {
      covered += popcount(s.topicBits[a + w] & m.topicBits[b + w]);
    }
  } else {
    for (let n = s.needStart[i], end = s.needStart[i + 1]; n < end; n++) {
      if (hasBit(m.topicBits, j * topicWords, s.needTopic[n])) covered += s.needWeight[n];
    }
  }
  const total = s.needTotal[i];
  const topics = total > 0 ? partPoints(maxima[0], covered / total) : 0;

  const sector = partPoints(
    maxima[1],
    s.sectorUnknown[i] === 1 || m.sectorOpen[j] === 1
      ? 0.5
      : intersects(s.sectorBits, i, m.sectorBits, j, dict.words.sectors)
        ? 1
        : 0,
  );

  const stage = s.stage[i];
  const stagePoints = partPoints(
    maxima[2],
    stage < 0 || m.stageOpen[j] === 1
      ? 0.5
      : hasBit(m.stageBits, j * dict.words.stages, stage)
        ? 1
        : 0,
  );

  const language = partPoints(
    maxima[3],
    required >= 0
      ? 1
      : s.languageUnknown[i] === 1 || m.languageUnknown[j] === 1
        ? 0.5
        : intersects(s.languageBits, i, m.languageBits, j, languageWords)
          ? 1
          : 0,
  );

  const city = s.city[i];
  const location = partPoints(
    maxima[4],
    city >= 0 && city === m.city[j] ? 1 : s.remote[i] === 1 && m.remote[j] === 1 ? 0.5 : 0,
  );

  const capacity = partPoints(maxima[5], Math.min(m.capacity[j], FULL_CAPACITY) / FULL_CAPACITY);

  if (out) {
    out[0] = topics;
    out[1] = sector;
    out[2] = stagePoints;
    out[3] = language;
    out[4] = location;
    out[5] = capacity;
  }
  return topics + sector + stagePoints + language + location + capacity;
}
