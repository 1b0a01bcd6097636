import {
  type FieldError,
  formatReason,
  VOCABULARY_NOUNS,
  type VocabularyKind,
} from '@kohorte/contracts';
import type { UnknownTerm, VocabulariesService } from '../vocabularies/index';

/**
 * Rules that mentors and investors share (both are people-like records with an email and
 * vocabulary lists; tags are checked by `checkTags` of the tags area, as for startups).
 */

/** A field holding vocabulary keys, and the vocabulary it draws from. */
export type VocabularyField<T> = readonly [field: keyof T & string, kind: VocabularyKind];

/** The 400 entry for a key the vocabulary does not know: the key meant, or the known ones. */
export async function unknownTermError(
  vocabularies: VocabulariesService,
  field: string,
  kind: VocabularyKind,
  term: UnknownTerm,
): Promise<FieldError> {
  const noun = VOCABULARY_NOUNS[kind];
  if (term.nearest) {
    const params = { value: term.key, noun, suggestion: term.nearest };
    return {
      field,
      code: 'unknownTermSuggestion',
      params,
      messages: [formatReason('unknownTermSuggestion', params, 'en')],
    };
  }
  const known = (await vocabularies.list())[kind].map((t) => t.key).join(', ');
  const params = { value: term.key, noun, kind, known };
  return {
    field,
    code: 'unknownTerm',
    params,
    messages: [formatReason('unknownTerm', params, 'en')],
  };
}

/** Unknown vocabulary keys in the fields given, each named by its position (`expertise.2`). */
export async function unknownTermErrors<T extends object>(
  vocabularies: VocabulariesService,
  input: Partial<T>,
  fields: readonly VocabularyField<T>[],
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const [field, kind] of fields) {
    const value = input[field] as unknown;
    if (!Array.isArray(value)) continue;
    const unknown = await vocabularies.findUnknown(kind, value as string[]);
    for (const term of unknown) {
      errors.push(await unknownTermError(vocabularies, `${field}.${term.index}`, kind, term));
    }
  }
  return errors;
}
