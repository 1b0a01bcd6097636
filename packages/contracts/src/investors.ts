import type { Locale } from './auth.js';
import type { CursorQuery, SortOrder } from './paging.js';
import type { InvestorStatus, InvestorType } from './programme.js';

export const INVESTOR_SORT_FIELDS = [
  'name',
  'type',
  'ticketMinEur',
  'ticketMaxEur',
  'createdAt',
  'updatedAt',
] as const;
export type InvestorSortField = (typeof INVESTOR_SORT_FIELDS)[number];

/** The most introductions an investor can take per matching round. */
export const INTROS_PER_ROUND_MAX = 100;
/** Regions are keys of the region vocabulary: at most this many. */
export const MAX_REGIONS = 20;

export interface InvestorInput {
  /** The person's or the fund's name. */
  name: string;
  /** The person to write to at a fund. */
  contactName?: string | null;
  email: string;
  type: InvestorType;
  sectors?: string[];
  stages?: string[];
  /** EUR, min ≤ max. */
  ticketMinEur?: number | null;
  ticketMaxEur?: number | null;
  /** Region vocabulary keys (`sachsen`, `dach`, `europe`); each covers every place within it. */
  regions?: string[];
  /** Introductions per matching round, ≥ 0. */
  introsPerRound?: number;
  status?: InvestorStatus;
  /** The language of the investor's emails and link pages; default `de`. */
  locale?: Locale;
  tags?: string[];
}
export type CreateInvestorRequest = InvestorInput;
export type UpdateInvestorRequest = Partial<InvestorInput>;

export interface Investor {
  id: string;
  name: string;
  contactName: string | null;
  email: string;
  type: InvestorType;
  sectors: string[];
  stages: string[];
  ticketMinEur: number | null;
  ticketMaxEur: number | null;
  regions: string[];
  /** Free-text regions from before regions were a vocabulary, waiting for an admin to map them. */
  unmappedRegions: string[];
  introsPerRound: number;
  status: InvestorStatus;
  locale: Locale;
  tags: string[];
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ListInvestorsQuery extends CursorQuery {
  /** Words searched in name, contact name, email and tags; all must match. */
  q?: string;
  type?: InvestorType;
  sector?: string;
  stage?: string;
  region?: string;
  status?: InvestorStatus;
  tag?: string;
  /** Investors whose ticket range includes this amount (EUR). */
  ticketEur?: number;
  archived?: boolean;
  sort?: InvestorSortField;
  order?: SortOrder;
}
