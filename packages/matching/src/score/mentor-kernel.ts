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
  const required = s.required[i]!;
  if (required >= 0 && !hasBit(m.languageBits, j * languageWords, required)) return -1;

  const topicWords = dict.words.topics;
  let covered = 0;
  if (s.needUniform[i] === 1) {
    for (let w = 0, a = i * topicWords, b = j * topicWords; w < topicWords; w++) {
      covered += popcount(s.topicBits[a + w]! & m.topicBits[b + w]!);
    }
  } else {
    for (let n = s.needStart[i]!, end = s.needStart[i + 1]!; n < end; n++) {
      if (hasBit(m.topicBits, j * topicWords, s.needTopic[n]!)) covered += s.needWeight[n]!;
    }
  }
  const total = s.needTotal[i]!;
  const topics = total > 0 ? partPoints(maxima[0]!, covered / total) : 0;

  const sector = partPoints(
    maxima[1]!,
    s.sectorUnknown[i] === 1 || m.sectorOpen[j] === 1
      ? 0.5
      : intersects(s.sectorBits, i, m.sectorBits, j, dict.words.sectors)
        ? 1
        : 0,
  );

  const stage = s.stage[i]!;
  const stagePoints = partPoints(
    maxima[2]!,
    stage < 0 || m.stageOpen[j] === 1
      ? 0.5
      : hasBit(m.stageBits, j * dict.words.stages, stage)
        ? 1
        : 0,
  );

  const language = partPoints(
    maxima[3]!,
    required >= 0
      ? 1
      : s.languageUnknown[i] === 1 || m.languageUnknown[j] === 1
        ? 0.5
        : intersects(s.languageBits, i, m.languageBits, j, languageWords)
          ? 1
          : 0,
  );

  const city = s.city[i]!;
  const location = partPoints(
    maxima[4]!,
    city >= 0 && city === m.city[j] ? 1 : s.remote[i] === 1 && m.remote[j] === 1 ? 0.5 : 0,
  );

  const capacity = partPoints(maxima[5]!, Math.min(m.capacity[j]!, FULL_CAPACITY) / FULL_CAPACITY);

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

/**
 * Startup i's fit with every mentor, into `out[0 .. mentors)`: the same milli-points as
 * mentorPairMilli (-1 when the required language is missing), with what depends on the startup
 * alone worked out once per row and each part's few possible values looked up, not recomputed.
 * A full scan of a large pool (10,000 × 2,000 pairs) spends its time here.
 */
export function mentorRowMilli(
  s: StartupCodes,
  m: MentorCodes,
  dict: Dictionaries,
  maxima: Int32Array,
  capacityPoints: Int32Array,
  i: number,
  out: Int32Array,
): void {
  const mentors = m.count;
  const { words } = dict;
  const required = s.required[i]!;
  const languageBits = m.languageBits;
  const languageWords = words.languages;

  const topicWords = words.topics;
  const topicBits = m.topicBits;
  const total = s.needTotal[i]!;
  const uniform = s.needUniform[i] === 1;
  const needFrom = s.needStart[i]!;
  const needTo = s.needStart[i + 1]!;
  // With uniform needs the covered weight is a count 0..needs: its points are a table.
  const topicTable = new Int32Array(needTo - needFrom + 1);
  if (uniform && total > 0) {
    for (let c = 0; c < topicTable.length; c++) topicTable[c] = partPoints(maxima[0]!, c / total);
  }
  const startupTopics = i * topicWords;

  const sectorHalf = partPoints(maxima[1]!, 0.5);
  const sectorFull = partPoints(maxima[1]!, 1);
  const sectorNone = partPoints(maxima[1]!, 0);
  const sectorUnknown = s.sectorUnknown[i] === 1;
  const sectorWords = words.sectors;

  const stage = s.stage[i]!;
  const stageHalf = partPoints(maxima[2]!, 0.5);
  const stageFull = partPoints(maxima[2]!, 1);
  const stageNone = partPoints(maxima[2]!, 0);
  const stageWords = words.stages;

  const languageFull = partPoints(maxima[3]!, 1);
  const languageHalf = partPoints(maxima[3]!, 0.5);
  const languageNone = partPoints(maxima[3]!, 0);
  const languageUnknown = s.languageUnknown[i] === 1;

  const city = s.city[i]!;
  const remote = s.remote[i] === 1;
  const locationFull = partPoints(maxima[4]!, 1);
  const locationHalf = partPoints(maxima[4]!, 0.5);
  const locationNone = partPoints(maxima[4]!, 0);

  if (languageWords === 1 && sectorWords === 1 && stageWords === 1 && topicWords <= 2 && uniform) {
    // The common case (≤ 32 languages, sectors and stages, ≤ 64 topics, unweighted needs): every
    // bitset one word, read straight from the arrays.
    const requiredMask = required >= 0 ? 1 << (required & 31) : 0;
    const stageMask = stage >= 0 ? 1 << (stage & 31) : 0;
    const sectors = s.sectorBits[i]!;
    const languages = s.languageBits[i]!;
    const topics0 = s.topicBits[startupTopics]!;
    const topics1 = topicWords === 2 ? s.topicBits[startupTopics + 1]! : 0;
    for (let j = 0; j < mentors; j++) {
      const spoken = languageBits[j]!;
      if (required >= 0 && (spoken & requiredMask) === 0) {
        out[j] = -1;
        continue;
      }
      let topics = 0;
      if (total > 0) {
        const b = j * topicWords;
        const covered =
          topicWords === 2
            ? popcount(topics0 & topicBits[b]!) + popcount(topics1 & topicBits[b + 1]!)
            : popcount(topics0 & topicBits[b]!);
        topics = topicTable[covered]!;
      }
      const sector =
        sectorUnknown || m.sectorOpen[j] === 1
          ? sectorHalf
          : (sectors & m.sectorBits[j]!) !== 0
            ? sectorFull
            : sectorNone;
      const stagePoints =
        stage < 0 || m.stageOpen[j] === 1
          ? stageHalf
          : (m.stageBits[j]! & stageMask) !== 0
            ? stageFull
            : stageNone;
      const language =
        required >= 0
          ? languageFull
          : languageUnknown || m.languageUnknown[j] === 1
            ? languageHalf
            : (languages & spoken) !== 0
              ? languageFull
              : languageNone;
      const location =
        city >= 0 && city === m.city[j]
          ? locationFull
          : remote && m.remote[j] === 1
            ? locationHalf
            : locationNone;
      out[j] = topics + sector + stagePoints + language + location + capacityPoints[j]!;
    }
    return;
  }
  for (let j = 0; j < mentors; j++) {
    if (required >= 0 && !hasBit(languageBits, j * languageWords, required)) {
      out[j] = -1;
      continue;
    }
    let topics = 0;
    if (total > 0) {
      if (uniform) {
        let covered = 0;
        for (let w = 0, b = j * topicWords; w < topicWords; w++) {
          covered += popcount(s.topicBits[startupTopics + w]! & topicBits[b + w]!);
        }
        topics = topicTable[covered]!;
      } else {
        let covered = 0;
        for (let n = needFrom; n < needTo; n++) {
          if (hasBit(topicBits, j * topicWords, s.needTopic[n]!)) covered += s.needWeight[n]!;
        }
        topics = partPoints(maxima[0]!, covered / total);
      }
    }
    const sector =
      sectorUnknown || m.sectorOpen[j] === 1
        ? sectorHalf
        : intersects(s.sectorBits, i, m.sectorBits, j, sectorWords)
          ? sectorFull
          : sectorNone;
    const stagePoints =
      stage < 0 || m.stageOpen[j] === 1
        ? stageHalf
        : hasBit(m.stageBits, j * stageWords, stage)
          ? stageFull
          : stageNone;
    const language =
      required >= 0
        ? languageFull
        : languageUnknown || m.languageUnknown[j] === 1
          ? languageHalf
          : intersects(s.languageBits, i, languageBits, j, languageWords)
            ? languageFull
            : languageNone;
    const location =
      city >= 0 && city === m.city[j]
        ? locationFull
        : remote && m.remote[j] === 1
          ? locationHalf
          : locationNone;
    out[j] = topics + sector + stagePoints + language + location + capacityPoints[j]!;
  }
}

/** Each mentor's capacity part, which does not depend on the startup. */
export function mentorCapacityPoints(m: MentorCodes, maxima: Int32Array): Int32Array {
  return Int32Array.from(m.capacity, (capacity) =>
    partPoints(maxima[5]!, Math.min(capacity, FULL_CAPACITY) / FULL_CAPACITY),
  );
}
