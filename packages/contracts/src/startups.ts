import type { CursorQuery, SortOrder } from './paging.js';

export const STARTUP_STATUSES = ['active', 'archived'] as const;
export type StartupStatus = (typeof STARTUP_STATUSES)[number];

export const STARTUP_SORT_FIELDS = [
  'name',
  'city',
  'stage',
  'foundedOn',
  'createdAt',
  'updatedAt',
] as const;
export type StartupSortField = (typeof STARTUP_SORT_FIELDS)[number];

/** The fields a person edits; keys of `stage`, `sectors`, `languages`, `topics` come from the vocabularies. */
export interface StartupInput {
  name: string;
  oneLiner?: string | null;
  description?: string | null;
  /** http(s) URL. */
  website?: string | null;
  /** ISO date `YYYY-MM-DD`. */
  foundedOn?: string | null;
  stage?: string | null;
  sectors?: string[];
  teamSize?: number | null;
  city?: string | null;
  fundingRaisedEur?: number | null;
  fundingSoughtEur?: number | null;
  languages?: string[];
  /** Topics the startup needs help with. */
  topics?: string[];
  /** Free labels (TAG_PATTERN, at most MAX_TAGS); trimmed and de-duplicated ignoring case. */
  tags?: string[];
}

export type CreateStartupRequest = StartupInput;
export type UpdateStartupRequest = Partial<StartupInput>;

export interface Startup {
  id: string;
  name: string;
  oneLiner: string | null;
  description: string | null;
  website: string | null;
  foundedOn: string | null;
  stage: string | null;
  sectors: string[];
  teamSize: number | null;
  city: string | null;
  fundingRaisedEur: number | null;
  fundingSoughtEur: number | null;
  languages: string[];
  topics: string[];
  tags: string[];
  status: StartupStatus;
  /** Share of the profile that is filled in, 0–100; computed in the background, null until then. */
  profileCompleteness: number | null;
  createdAt: string;
  updatedAt: string;
}

/** What the startup list shows of each startup; the rest of the profile stays on the server. */
export type StartupListItem = Pick<
  Startup,
  | 'id'
  | 'name'
  | 'oneLiner'
  | 'stage'
  | 'sectors'
  | 'tags'
  | 'city'
  | 'foundedOn'
  | 'teamSize'
  | 'status'
  | 'profileCompleteness'
  | 'updatedAt'
>;

export interface ListStartupsQuery extends CursorQuery {
  /** Text searched in name, one-liner and description. */
  q?: string;
  stage?: string;
  sector?: string;
  city?: string;
  /** Startups carrying this tag (exact spelling, as the tags endpoint lists it). */
  tag?: string;
  /** Defaults to `active`. */
  status?: StartupStatus;
  /** Defaults to `name`; `stage` sorts in the stages' list order. Ties are broken by id. */
  sort?: StartupSortField;
  /** Defaults to `asc`; empty values come last either way. */
  order?: SortOrder;
}
