/** Matching runs over a cohort, their proposals and the decisions managers take on them. */

export const MATCHING_KINDS = ['mentors', 'investors'] as const;
export type MatchingKind = (typeof MATCHING_KINDS)[number];

/** queued → running → done | failed; a manager may discard a run at any point. */
export const MATCHING_RUN_STATUSES = ['queued', 'running', 'done', 'failed', 'discarded'] as const;
export type MatchingRunStatus = (typeof MATCHING_RUN_STATUSES)[number];

/** What a running run is doing: reading the cohort, scoring pairs, solving, storing proposals. */
export const MATCHING_STEPS = ['loading', 'scoring', 'solving', 'saving'] as const;
export type MatchingStep = (typeof MATCHING_STEPS)[number];

/**
 * A proposal's life: proposed → approved (a manager) → offered (the offer email) → accepted |
 * declined | expired; `rejected` by a manager; `withdrawn` when swapped for another partner or
 * its run was discarded. An investor proposal passes `startup-asked` between approved and
 * offered: the startup's founders agree to the introduction first (double opt-in).
 */
export const PROPOSAL_STATUSES = [
  'proposed',
  'approved',
  'startup-asked',
  'offered',
  'accepted',
  'declined',
  'expired',
  'rejected',
  'withdrawn',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Rules that later runs of the cohort respect: a pinned pair is always in, a rejected one never. */
export const MATCH_RULE_KINDS = ['pin', 'reject'] as const;
export type MatchRuleKind = (typeof MATCH_RULE_KINDS)[number];

/** The parts of a mentor's and an investor's fit score, whose weights a run can change. */
export const MENTOR_SCORE_PARTS = [
  'topics',
  'sector',
  'stage',
  'language',
  'location',
  'capacity',
] as const;
export const INVESTOR_SCORE_PARTS = ['sector', 'stage', 'ticket', 'region'] as const;
export type MentorScorePartName = (typeof MENTOR_SCORE_PARTS)[number];
export type InvestorScorePartName = (typeof INVESTOR_SCORE_PARTS)[number];
export type MatchScorePartName = MentorScorePartName | InvestorScorePartName;

/** Relative weights (0–100 each); the engine normalises them so that a perfect pair scores 100. */
export type MatchingWeights = Partial<Record<MatchScorePartName, number>>;

/** Partners per startup when a run does not say (the engine's default). */
export const DEFAULT_MATCHING_K = 2;
export const MAX_MATCHING_K = 10;
/** Points a partner's n-th startup costs, (n − 1) × this, when a run asks for fairness. */
export const FAIRNESS_PENALTY = 5;
/** Proposals below this score are "low" (the proposals view's filter). */
export const LOW_SCORE = 50;

/** `POST /cohorts/:id/matching-runs`. */
export interface StartMatchingRunRequest {
  kind: MatchingKind;
  /** Partners per startup, 1–10 (default 2). */
  k?: number;
  /** Pairs below this score (0–100) are not proposed (default 0). */
  minScore?: number;
  /** Weights of the score's parts; the parts of the other kind are refused. */
  weights?: MatchingWeights;
  /** Spread load (default true): each extra startup of one partner costs FAIRNESS_PENALTY points more. */
  fairness?: boolean;
  /** When a mentor declines an offer, offer the startup to the next best mentor (default true). */
  offerNextOnDecline?: boolean;
}

/** A run's parameters as it ran: every weight and the default values filled in. */
export interface MatchingParameters {
  k: number;
  minScore: number;
  weights: MatchingWeights;
  fairness: boolean;
  fairnessPenalty: number;
  offerNextOnDecline: boolean;
}

/** The solver's figures (from the engine) and what the run read and wrote. */
export interface MatchingRunStats {
  startups: number;
  partners: number;
  /** Pairs left out: live mentorships, declined before, rejected by a manager. */
  excluded: number;
  pinned: number;
  candidates: number;
  nodes: number;
  arcs: number;
  pivots: number;
  scoringMs: number;
  solveMs: number;
  /** The whole engine call, in its worker thread. */
  engineMs: number;
  proposals: number;
  /** Startups that got fewer than k partners. */
  shortfalls: number;
  /** Partners with at least one proposal (absent in runs stored before it was counted). */
  partnersUsed?: number;
  /**
   * When the run spread the load: how many partners the same pool would have used without
   * spreading, so a manager sees its effect ("16 pairs over 7 mentors instead of 5"). Null
   * when the run did not spread.
   */
  partnersUsedWithoutSpreading?: number | null;
}

/** How many of a run's proposals are in each status. */
export type ProposalCounts = Record<ProposalStatus, number>;

export interface MatchingRun {
  id: string;
  cohortId: string;
  kind: MatchingKind;
  status: MatchingRunStatus;
  /** 0–100. */
  progress: number;
  step: MatchingStep | null;
  /** Why it failed, in words a manager can act on. */
  error: string | null;
  parameters: MatchingParameters;
  totalScore: number | null;
  stats: MatchingRunStats | null;
  counts: ProposalCounts;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** The 202 answer to starting a run. */
export interface MatchingRunStarted {
  id: string;
  status: 'queued';
}

/** One part of a pair's score: points of max, and the reason in both languages. */
export interface ProposalPart {
  part: MatchScorePartName;
  points: number;
  max: number;
  reason: { de: string; en: string };
}

export interface MatchPartner {
  id: string;
  name: string;
}

export interface MatchProposal {
  id: string;
  runId: string;
  startupId: string;
  partner: MatchPartner;
  score: number;
  parts: ProposalPart[];
  /** 1 = the startup's best proposal. */
  rank: number;
  status: ProposalStatus;
  pinned: boolean;
  decidedAt: string | null;
}

/** Why a startup got fewer than k partners (from the engine). */
export type MatchShortfallReason = 'no-candidate' | 'capacity-exhausted' | 'fairness';

export interface MatchShortfall {
  wanted: number;
  assigned: number;
  candidates: number;
  reason: MatchShortfallReason;
}

/** A startup of the run with its proposals (best first). */
export interface StartupProposals {
  startup: { id: string; name: string };
  proposals: MatchProposal[];
  /** Set when the run proposed fewer than k partners. */
  shortfall: MatchShortfall | null;
}

/** A partner's load: open proposals of this run and live commitments, against their capacity. */
export interface PartnerLoad {
  partner: MatchPartner;
  /**
   * This run's proposals that take a place: proposed, approved, or sent and not yet answered
   * (for investors also the accepted introductions, which use up the round's).
   */
  proposed: number;
  /** Live mentorships (mentors) or open offers elsewhere, taken before the run. */
  committed: number;
  capacity: number;
  /**
   * The parts of `proposed + committed` a manager tells apart: `live` places (mentorships;
   * for investors accepted introductions), `offered` (sent, not yet answered, in this run or
   * another); the rest are proposals not sent yet.
   */
  live: number;
  offered: number;
}

export interface ListProposalsQuery {
  /** Only startups with fewer than k open proposals. */
  unmatched?: boolean;
  /** Only startups with an open proposal scoring below this (0–100). */
  lowScore?: number;
}

/** `GET /matching-runs/:id/proposals`. */
export interface MatchingRunProposals {
  run: MatchingRun;
  startups: StartupProposals[];
  load: PartnerLoad[];
}

/** `POST /matching-runs/:id/approve`: every proposed pair, or only these. */
export interface ApproveProposalsRequest {
  proposalIds?: string[];
}

/** A candidate to swap in for a proposal, with its score and explanation. */
export interface ProposalAlternative {
  partner: MatchPartner;
  score: number;
  parts: ProposalPart[];
  /** Free places left for this partner after the run's open proposals. */
  freePlaces: number;
}

/** `POST /match-proposals/:id/swap`: `mentorId` in a mentor run, `investorId` in an investor run. */
export interface SwapProposalRequest {
  mentorId?: string;
  investorId?: string;
}
