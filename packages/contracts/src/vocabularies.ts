/** The controlled lists that startups, mentors and investors share. */
export const VOCABULARY_KINDS = ['sectors', 'topics', 'stages', 'languages'] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

export interface VocabularyTerm {
  kind: VocabularyKind;
  /** Stable key stored on records, e.g. `fintech`; lower-case letters, digits and dashes. */
  key: string;
  labelDe: string;
  labelEn: string;
  position: number;
}

export type Vocabularies = Record<VocabularyKind, VocabularyTerm[]>;
