import type { VocabularyKind } from '@kohorte/contracts';
import type { VocabularyKeys } from './demo-startups';

/** Every vocabulary term's kind and key, in list order. */
export const VOCABULARY_KEYS_SQL =
  'SELECT kind, key FROM vocabulary_terms ORDER BY kind, position, key';

/** Groups the rows of VOCABULARY_KEYS_SQL by kind. */
export function groupVocabularyKeys(
  rows: readonly { kind: string; key: string }[],
): VocabularyKeys {
  const keys: Record<VocabularyKind, string[]> = {
    sectors: [],
    topics: [],
    stages: [],
    languages: [],
    regions: [],
  };
  for (const { kind, key } of rows) keys[kind as VocabularyKind]?.push(key);
  return keys;
}
