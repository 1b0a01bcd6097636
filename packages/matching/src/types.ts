import type { CandidateOptions } from './candidates/build.js';

/** A text in both languages the product speaks. */
export interface LocalizedText {
  de: string;
  en: string;
}

/** A region of the region tree: its labels and the key of the region it lies in (null at the top). */
export interface RegionTerm extends LocalizedText {
  parent: string | null;
}

/** Labels of vocabulary keys, per kind; a key without a label is shown as the key itself. */
export interface Vocabulary {
  topics?: Readonly<Record<string, LocalizedText>>;
  sectors?: Readonly<Record<string, LocalizedText>>;
  stages?: Readonly<Record<string, LocalizedText>>;
  languages?: Readonly<Record<string, LocalizedText>>;
  /**
   * The region tree (city → Land → country → DACH → Europe). A startup's city and regions are
   * resolved in it by key or by either label, so an investor in a region fits every place within.
   */
  regions?: Readonly<Record<string, RegionTerm>>;
}

/** A topic the startup needs help with; `weight` (default 1, > 0) says how much it matters. */
export interface TopicNeed {
  key: string;
  weight?: number;
}

export interface StartupProfile {
  id: string;
  /** Needed topics: keys, or keys with weights. */
  topics: readonly (string | TopicNeed)[];
  sectors: readonly string[];
  stage: string | null;
  languages: readonly string[];
  /** A language every mentor must speak (hard rule), or null. */
  requiredLanguage: string | null;
  city: string | null;
  /** Whether the startup accepts meetings at a distance. */
  remoteOk: boolean;
  /** EUR; null when unknown. */
  fundingSoughtEur: number | null;
  /** Regions the startup belongs to besides its city (region keys or names), for investors. */
  regions?: readonly string[];
}

export interface MentorProfile {
  id: string;
  /** Topic keys the mentor can help with. */
  expertise: readonly string[];
  sectors: readonly string[];
  /** Stage keys the mentor prefers; empty = any. */
  stages: readonly string[];
  languages: readonly string[];
  city: string | null;
  remoteOk: boolean;
  /** Free places in this round, ≥ 0. */
  capacity: number;
}

export interface InvestorProfile {
  id: string;
  /** Empty = any sector. */
  sectors: readonly string[];
  /** Empty = any stage. */
  stages: readonly string[];
  ticketMinEur: number | null;
  ticketMaxEur: number | null;
  /**
   * Region keys (or names) of the vocabulary's region tree; each fits the startups whose city or
   * regions lie within it. A region the tree does not know is compared as text. Empty = anywhere.
   */
  regions: readonly string[];
  /** Introductions in this round, ≥ 0. */
  introsPerRound: number;
}

export type MentorScorePart = 'topics' | 'sector' | 'stage' | 'language' | 'location' | 'capacity';
export type InvestorScorePart = 'sector' | 'stage' | 'ticket' | 'region';
export type ScorePartName = MentorScorePart | InvestorScorePart;

/** Relative weight of each part; they are normalised so that a perfect pair scores 100. */
export type MentorWeights = Readonly<Record<MentorScorePart, number>>;
export type InvestorWeights = Readonly<Record<InvestorScorePart, number>>;

export interface ScorePart {
  part: ScorePartName;
  /** Points earned, 0 ≤ points ≤ max, in steps of 0.001. */
  points: number;
  /** The part's share of 100 under the run's weights. */
  max: number;
  reason: LocalizedText;
}

/** A pair's fit: the score is the sum of the parts' points, 0–100 in steps of 0.001. */
export interface FitScore {
  /** False when a hard rule forbids the pair (then `score` is 0 and `blockedBy` says why). */
  feasible: boolean;
  score: number;
  parts: ScorePart[];
  blockedBy?: LocalizedText;
}

/** A startup and a mentor or investor ("partner"), by id. */
export interface PairRef {
  startupId: string;
  partnerId: string;
}

export interface RunParams {
  /** Partners per startup, ≥ 0 (default 2). */
  k: number;
  /** Pairs below this score (0–100), and pairs worth 0, are not proposed unless pinned (default 0). */
  minScore: number;
  /**
   * Points subtracted from the total for each place a partner fills beyond the first: the n-th
   * startup of one mentor costs (n − 1) × penalty, which spreads load (default 0 = off).
   */
  fairnessPenalty: number;
  /** Never proposed: conflicts of interest, declined before, already matched. */
  excluded: readonly PairRef[];
  /** Always in the result; a pin that breaks a hard rule is an error. */
  pinned: readonly PairRef[];
  /** Rejected by a manager in an earlier run: never proposed again. */
  rejected: readonly PairRef[];
  /** How many next-best unchosen candidates to list per startup, for swaps (default 3). */
  alternatives: number;
}

export interface MentorMatchInput {
  startups: readonly StartupProfile[];
  mentors: readonly MentorProfile[];
  vocabulary?: Vocabulary;
  weights?: Partial<MentorWeights>;
  params?: Partial<RunParams>;
}

export interface InvestorMatchInput {
  startups: readonly StartupProfile[];
  investors: readonly InvestorProfile[];
  vocabulary?: Vocabulary;
  weights?: Partial<InvestorWeights>;
  params?: Partial<RunParams>;
}

/** The stages of a whole run, in order, for a caller that shows progress. */
export type MatchPhase = 'scoring' | 'solving';

/** Options of `matchMentors` / `matchInvestors` besides the input. */
export interface MatchOptions extends CandidateOptions {
  /**
   * Called (synchronously) as each phase starts: 'scoring' once the parameters are valid,
   * 'solving' once the candidate graph is built. An exception it throws ends the run.
   */
  onPhase?: (phase: MatchPhase) => void;
  /**
   * When the run spreads the load (fairnessPenalty > 0): also solve the same candidates without
   * spreading and report how many partners that would use (`partnersUsedWithoutSpreading`), so a
   * caller sees spreading's effect without scoring the pools twice.
   */
  partnersWithoutSpreading?: boolean;
}

export interface MatchedPair extends PairRef {
  score: number;
  pinned: boolean;
  parts: ScorePart[];
}

export interface Alternative extends PairRef {
  score: number;
  parts: ScorePart[];
}

/**
 * Why a startup got fewer than k partners: `no-candidate` — fewer than k partners reach the
 * minimum score; `capacity-exhausted` — candidates were left out because their places went to
 * other startups; `fairness` — a candidate had room, but the load penalty outweighed the score.
 */
export type ShortfallReason = 'no-candidate' | 'capacity-exhausted' | 'fairness';

export interface Shortfall {
  startupId: string;
  wanted: number;
  assigned: number;
  /** Partners that could have been chosen (pinned included). */
  candidates: number;
  reason: ShortfallReason;
}

export interface PartnerLoad {
  partnerId: string;
  assigned: number;
  capacity: number;
}

export interface SolverStats {
  /** Nodes and arcs of the flow network (source, startups, partners, sink). */
  nodes: number;
  arcs: number;
  /** Candidate pairs (scored, allowed, at or above the minimum score). */
  candidates: number;
  /** Network simplex pivots (entering arcs). */
  pivots: number;
  scoringMs: number;
  solveMs: number;
}

export interface MatchResult {
  /** Sorted by startup input order, then by score (best first). */
  pairs: MatchedPair[];
  /** Startups with fewer than k partners, in input order. */
  shortfalls: Shortfall[];
  /** Per partner, in input order. */
  load: PartnerLoad[];
  /** Per startup, the next-best unchosen candidates (best first), for a manager's swap. */
  alternatives: Alternative[];
  /** Sum of the chosen pairs' scores (fairness penalties not subtracted). */
  totalScore: number;
  stats: SolverStats;
  /** With `partnersWithoutSpreading` and a fairness penalty: partners the unspread optimum uses. */
  partnersUsedWithoutSpreading?: number;
}
