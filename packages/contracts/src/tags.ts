/** The lists that have tags and saved filters. */
export const TAGGED_LISTS = ['startups', 'mentors', 'investors'] as const;
export type TaggedList = (typeof TAGGED_LISTS)[number];

export const SAVED_FILTER_LISTS = ['startups', 'mentors', 'investors', 'cohorts'] as const;
export type SavedViewList = (typeof SAVED_FILTER_LISTS)[number];

/** A tag in use, and on how many records of the list. */
export interface TagCount {
  tag: string;
  count: number;
}

export interface ListTagsQuery {
  list: TaggedList;
  /** Case-insensitive prefix. */
  q?: string;
}
/** How many tags the tags endpoint lists at most (the most used first). */
export const MAX_TAG_SUGGESTIONS = 50;

export interface ListSavedViewsQuery {
  list: SavedViewList;
}
export const SAVED_FILTER_NAME_MAX = 100;
/** At most this many query parameters per saved filter; `page` is never one of them. */
export const SAVED_FILTER_MAX_KEYS = 30;

export interface SavedViewInput {
  list: SavedViewList;
  name: string;
  /** The list's query parameters as the URL carries them (paging left out). */
  query: Record<string, string>;
}

export interface SavedView extends SavedViewInput {
  id: string;
  createdAt: string;
}

/** A tag is 1–40 characters of letters, digits, spaces and `-_.&+/#`; compared case-insensitively. */
export const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} \-_.&+/#]{0,39}$/u;
export const MAX_TAGS = 20;
