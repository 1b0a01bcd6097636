import { MatchingInputError, type InputIssue } from '../errors.js';
import type { InvestorProfile, MentorProfile, StartupProfile, TopicNeed } from '../types.js';
import { KeyIndex, packBitsets, placeKey } from './key-index.js';
import type { RegionTree } from './region-tree.js';

/** Every key of a run numbered per kind; cities and regions share one index of places. */
export interface Dictionaries {
  topics: KeyIndex;
  sectors: KeyIndex;
  stages: KeyIndex;
  languages: KeyIndex;
  places: KeyIndex;
  /** Bitset widths, fixed once the startups' keys are in (read per pair, so not a getter). */
  words: Readonly<Record<'topics' | 'sectors' | 'stages' | 'languages' | 'places', number>>;
}

/** Startups as typed arrays: the scoring kernels read nothing else. */
export interface StartupCodes {
  count: number;
  /** Needs of startup i: needTopic/needWeight[needStart[i] .. needStart[i + 1]). */
  needStart: Int32Array;
  needTopic: Int32Array;
  needWeight: Float64Array;
  needTotal: Float64Array;
  /** 1 when every need of the startup weighs 1, so a popcount gives the covered weight. */
  needUniform: Uint8Array;
  topicBits: Uint32Array;
  sectorBits: Uint32Array;
  /** 1 when the profile lists none (the part is then neutral). */
  sectorUnknown: Uint8Array;
  /** -1 when unknown. */
  stage: Int32Array;
  languageBits: Uint32Array;
  languageUnknown: Uint8Array;
  /** -1 when no language is required. */
  required: Int32Array;
  city: Int32Array;
  remote: Uint8Array;
  /** NaN when unknown. */
  funding: Float64Array;
  /** The startup's city and regions. */
  placeBits: Uint32Array;
  placeUnknown: Uint8Array;
}

// Open (or unknown) flags come from the profiles, not from the bitsets: a key that no startup
// names has no bit, yet a mentor listing only such keys is restricted, not open.
export interface MentorCodes {
  count: number;
  topicBits: Uint32Array;
  sectorBits: Uint32Array;
  sectorOpen: Uint8Array;
  stageBits: Uint32Array;
  stageOpen: Uint8Array;
  languageBits: Uint32Array;
  languageUnknown: Uint8Array;
  city: Int32Array;
  remote: Uint8Array;
  capacity: Int32Array;
}

export interface InvestorCodes {
  count: number;
  sectorBits: Uint32Array;
  sectorOpen: Uint8Array;
  stageBits: Uint32Array;
  stageOpen: Uint8Array;
  /** NaN when open. */
  ticketMin: Float64Array;
  ticketMax: Float64Array;
  placeBits: Uint32Array;
  placeOpen: Uint8Array;
  capacity: Int32Array;
}

const needKey = (need: string | TopicNeed): string => (typeof need === 'string' ? need : need.key);
const needWeight = (need: string | TopicNeed): number =>
  typeof need === 'string' ? 1 : (need.weight ?? 1);

function flags<T>(rows: readonly T[], test: (row: T) => boolean): Uint8Array {
  return Uint8Array.from(rows, (row) => (test(row) ? 1 : 0));
}

/** The places a startup is compared by, for mentors: its city and regions as written. */
type PlacesOf = (startup: StartupProfile) => string[];

function startupPlaces(startup: StartupProfile): string[] {
  const places = [placeKey(startup.city), ...(startup.regions ?? []).map(placeKey)];
  return places.filter((place): place is string => place !== null);
}

/** For investors: every region the startup's city and regions lie in, up to the top of the tree. */
function regionPlaces(tree: RegionTree): PlacesOf {
  return (startup) => [
    ...new Set([startup.city, ...(startup.regions ?? [])].flatMap((name) => tree.around(name))),
  ];
}

function newDictionaries(startups: readonly StartupProfile[], placesOf: PlacesOf): Dictionaries {
  const dict = {
    topics: new KeyIndex(),
    sectors: new KeyIndex(),
    stages: new KeyIndex(),
    languages: new KeyIndex(),
    places: new KeyIndex(),
  };
  for (const startup of startups) {
    dict.topics.addAll(startup.topics.map(needKey));
    dict.sectors.addAll(startup.sectors);
    if (startup.stage !== null) dict.stages.add(startup.stage);
    dict.languages.addAll(startup.languages);
    if (startup.requiredLanguage !== null) dict.languages.add(startup.requiredLanguage);
    dict.places.addAll(placesOf(startup));
  }
  const words = {
    topics: dict.topics.words,
    sectors: dict.sectors.words,
    stages: dict.stages.words,
    languages: dict.languages.words,
    places: dict.places.words,
  };
  return { ...dict, words };
}

function checkCount(issues: InputIssue[], id: string, what: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    issues.push({
      code: 'invalid-param',
      partnerId: id,
      message: {
        de: `${id}: ${what} muss eine ganze Zahl ≥ 0 sein`,
        en: `${id}: ${what} must be a whole number ≥ 0`,
      },
    });
  }
}

function throwIfAny(issues: InputIssue[]): void {
  if (issues.length > 0) throw new MatchingInputError(issues);
}

function encodeStartups(
  startups: readonly StartupProfile[],
  dict: Dictionaries,
  placesOf: PlacesOf,
): StartupCodes {
  const count = startups.length;
  const issues: InputIssue[] = [];
  const needStart = new Int32Array(count + 1);
  const topics: number[] = [];
  const weights: number[] = [];
  const needTotal = new Float64Array(count);
  const needUniform = new Uint8Array(count);
  startups.forEach((startup, i) => {
    const seen = new Set<number>();
    let uniform = 1;
    for (const need of startup.topics) {
      const topic = dict.topics.get(needKey(need));
      const weight = needWeight(need);
      if (!Number.isFinite(weight) || weight <= 0) {
        issues.push({
          code: 'invalid-param',
          startupId: startup.id,
          message: {
            de: `${startup.id}: das Gewicht eines Themas muss > 0 sein`,
            en: `${startup.id}: a topic's weight must be > 0`,
          },
        });
      }
      // A topic named twice counts once, with its first weight.
      if (seen.has(topic)) continue;
      seen.add(topic);
      topics.push(topic);
      weights.push(weight);
      needTotal[i]! += weight;
      if (weight !== 1) uniform = 0;
    }
    needUniform[i] = uniform;
    needStart[i + 1] = topics.length;
  });
  throwIfAny(issues);
  const city = new Int32Array(count);
  const stage = new Int32Array(count);
  const required = new Int32Array(count);
  const remote = new Uint8Array(count);
  const funding = new Float64Array(count);
  startups.forEach((startup, i) => {
    const cityKey = placeKey(startup.city);
    city[i] = cityKey === null ? -1 : dict.places.get(cityKey);
    stage[i] = startup.stage === null ? -1 : dict.stages.get(startup.stage);
    required[i] =
      startup.requiredLanguage === null ? -1 : dict.languages.get(startup.requiredLanguage);
    remote[i] = startup.remoteOk ? 1 : 0;
    funding[i] = startup.fundingSoughtEur ?? Number.NaN;
  });
  return {
    count,
    needStart,
    needTopic: Int32Array.from(topics),
    needWeight: Float64Array.from(weights),
    needTotal,
    needUniform,
    topicBits: packBitsets(
      startups.map((startup) => startup.topics.map(needKey)),
      dict.topics,
      dict.topics.words,
    ),
    sectorBits: packBitsets(
      startups.map((startup) => startup.sectors),
      dict.sectors,
      dict.sectors.words,
    ),
    sectorUnknown: flags(startups, (startup) => startup.sectors.length === 0),
    stage,
    languageBits: packBitsets(
      startups.map((startup) => startup.languages),
      dict.languages,
      dict.languages.words,
    ),
    languageUnknown: flags(
      startups,
      (startup) => startup.languages.length === 0 && startup.requiredLanguage === null,
    ),
    required,
    city,
    remote,
    funding,
    placeBits: packBitsets(startups.map(placesOf), dict.places, dict.places.words),
    placeUnknown: flags(startups, (startup) => placesOf(startup).length === 0),
  };
}

/** Encodes startups and mentors against one set of dictionaries (keys only mentors know are dropped: they can never match). */
export function encodeMentorPools(
  startups: readonly StartupProfile[],
  mentors: readonly MentorProfile[],
): { dict: Dictionaries; startups: StartupCodes; mentors: MentorCodes } {
  const dict = newDictionaries(startups, startupPlaces);
  const issues: InputIssue[] = [];
  mentors.forEach((mentor) => checkCount(issues, mentor.id, 'capacity', mentor.capacity));
  throwIfAny(issues);
  const encodedStartups = encodeStartups(startups, dict, startupPlaces);
  const city = Int32Array.from(mentors, (mentor) => {
    const key = placeKey(mentor.city);
    return key === null ? -1 : dict.places.get(key);
  });
  return {
    dict,
    startups: encodedStartups,
    mentors: {
      count: mentors.length,
      topicBits: packBitsets(
        mentors.map((m) => m.expertise),
        dict.topics,
        dict.topics.words,
      ),
      sectorBits: packBitsets(
        mentors.map((m) => m.sectors),
        dict.sectors,
        dict.sectors.words,
      ),
      sectorOpen: flags(mentors, (m) => m.sectors.length === 0),
      stageBits: packBitsets(
        mentors.map((m) => m.stages),
        dict.stages,
        dict.stages.words,
      ),
      stageOpen: flags(mentors, (m) => m.stages.length === 0),
      languageBits: packBitsets(
        mentors.map((m) => m.languages),
        dict.languages,
        dict.languages.words,
      ),
      languageUnknown: flags(mentors, (m) => m.languages.length === 0),
      city,
      remote: Uint8Array.from(mentors, (m) => (m.remoteOk ? 1 : 0)),
      capacity: Int32Array.from(mentors, (m) => m.capacity),
    },
  };
}

/** Encodes startups and investors; places are compared through the region tree. */
export function encodeInvestorPools(
  startups: readonly StartupProfile[],
  investors: readonly InvestorProfile[],
  tree: RegionTree,
): { dict: Dictionaries; startups: StartupCodes; investors: InvestorCodes } {
  const placesOf = regionPlaces(tree);
  const dict = newDictionaries(startups, placesOf);
  const issues: InputIssue[] = [];
  investors.forEach((investor) =>
    checkCount(issues, investor.id, 'introsPerRound', investor.introsPerRound),
  );
  throwIfAny(issues);
  const placeRows = investors.map((investor) =>
    investor.regions
      .map((region) => tree.compared(region))
      .filter((place): place is string => place !== null),
  );
  const encodedStartups = encodeStartups(startups, dict, placesOf);
  return {
    dict,
    startups: encodedStartups,
    investors: {
      count: investors.length,
      sectorBits: packBitsets(
        investors.map((investor) => investor.sectors),
        dict.sectors,
        dict.sectors.words,
      ),
      sectorOpen: flags(investors, (investor) => investor.sectors.length === 0),
      stageBits: packBitsets(
        investors.map((investor) => investor.stages),
        dict.stages,
        dict.stages.words,
      ),
      stageOpen: flags(investors, (investor) => investor.stages.length === 0),
      ticketMin: Float64Array.from(investors, (investor) => investor.ticketMinEur ?? Number.NaN),
      ticketMax: Float64Array.from(investors, (investor) => investor.ticketMaxEur ?? Number.NaN),
      placeBits: packBitsets(placeRows, dict.places, dict.places.words),
      placeOpen: flags(placeRows, (row) => row.length === 0),
      capacity: Int32Array.from(investors, (investor) => investor.introsPerRound),
    },
  };
}
