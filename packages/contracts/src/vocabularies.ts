/**
 * The controlled lists that startups, mentors and investors share. Regions form a tree
 * (city → Land → country → DACH → Europe) through each term's `parent`.
 */
export const VOCABULARY_KINDS = ['sectors', 'topics', 'stages', 'languages', 'regions'] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

export interface VocabularyTerm {
  kind: VocabularyKind;
  /** Stable key stored on records, e.g. `fintech`; lower-case letters, digits and dashes. */
  key: string;
  labelDe: string;
  labelEn: string;
  /** Order among its siblings. */
  position: number;
  /** Regions only: the key of the region this one lies in; null at the top and for other kinds. */
  parent: string | null;
}

/** Creates or changes a term (admins only); `parent` is for regions and must not make a cycle. */
export interface SaveVocabularyTermRequest {
  labelDe: string;
  labelEn: string;
  position?: number;
  parent?: string | null;
}

/** A free-text region kept from before regions were a vocabulary, and how many investors name it. */
export interface UnmappedRegion {
  text: string;
  investors: number;
}

/** Maps a kept free-text region onto region keys on every investor that names it. */
export interface MapUnmappedRegionRequest {
  text: string;
  /** Region keys; empty drops the text. */
  keys: string[];
}

export type Vocabularies = Record<VocabularyKind, VocabularyTerm[]>;
