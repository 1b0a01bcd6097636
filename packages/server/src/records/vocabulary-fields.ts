import type { FieldError, VocabularyKind } from '@kohorte/contracts';
import type { VocabulariesService } from '../vocabularies/vocabularies.service';

/**
 * Rules that mentors and investors share (both are people-like records with an email and
 * vocabulary lists; tags are checked by `checkTags` of the tags area, as for startups).
 */

/** A field holding vocabulary keys, the vocabulary it draws from, and the noun for messages. */
export type VocabularyField<T> = readonly [
  field: keyof T & string,
  kind: VocabularyKind,
  noun: string,
];

/** Unknown vocabulary keys in the fields given, each named by its position (`expertise.2`). */
export async function unknownTermErrors<T extends object>(
  vocabularies: VocabulariesService,
  input: Partial<T>,
  fields: readonly VocabularyField<T>[],
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const [field, kind, noun] of fields) {
    const value = input[field] as unknown;
    if (!Array.isArray(value)) continue;
    const unknown = await vocabularies.findUnknown(kind, value as string[]);
    for (const term of unknown) {
      const hint = term.nearest
        ? `did you mean "${term.nearest}"?`
        : `known ${kind}: ${(await vocabularies.list())[kind].map((t) => t.key).join(', ')}`;
      errors.push({
        field: `${field}.${term.index}`,
        messages: [`"${term.key}" is not a known ${noun}; ${hint}`],
      });
    }
  }
  return errors;
}
