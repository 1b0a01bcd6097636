/** The record types the toolbar search finds, in the order their groups are shown. */
export const SEARCH_TYPES = ['startup', 'mentor', 'investor', 'cohort'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** `q` is 2–100 characters after trimming; `limit` is hits per type. */
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;
export const SEARCH_DEFAULT_LIMIT = 5;
export const SEARCH_MAX_LIMIT = 10;

export interface SearchQuery {
  /** Words that must all occur (in any order, case-insensitively) in a record's searched text. */
  q: string;
  /** Hits per type, 1–10; defaults to 5. */
  limit?: number;
}

export interface SearchHit {
  id: string;
  /** The record's name. */
  title: string;
  /** What tells two records of the same name apart: city and stage, company, programme. */
  subtitle: string | null;
  /**
   * The text that matched when it is not the title: an email, a tag, a founder's name. Null when
   * the title itself matched.
   */
  matched: string | null;
  /** Archived records come after the others. */
  archived: boolean;
}

export interface SearchGroup {
  type: SearchType;
  hits: SearchHit[];
}

export interface SearchResult {
  /** The query as searched (trimmed). */
  q: string;
  /** Only the types with hits, in the order of SEARCH_TYPES; best hits first within a group. */
  groups: SearchGroup[];
}
