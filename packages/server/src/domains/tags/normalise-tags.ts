import { type FieldError, MAX_TAGS, TAG_PATTERN } from '@kohorte/contracts';
import { invalidFields } from '../../infra/errors/invalid-fields';

/**
 * Tags as they are stored: each trimmed (inner runs of spaces made one), the first spelling of
 * tags equal but for case kept, in the order given; and what is wrong with them: a tag that breaks
 * TAG_PATTERN (named by its index in the input, `tags.1`), more than MAX_TAGS distinct tags.
 */
export function checkTags(
  tags: readonly string[],
  field = 'tags',
): { tags: string[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const result: string[] = [];
  tags.forEach((raw, index) => {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (!TAG_PATTERN.test(tag)) {
      errors.push({
        field: `${field}.${index}`,
        code: 'notTag',
        params: { value: raw.length > 80 ? `${raw.slice(0, 80)}…` : raw },
        messages: [
          `"${raw}" is not a valid tag: 1–40 letters, digits, spaces or - _ . & + / #, starting with a letter or digit`,
        ],
      });
      return;
    }
    const key = tag.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    result.push(tag);
  });
  if (errors.length === 0 && result.length > MAX_TAGS) {
    errors.push({
      field,
      code: 'tooMany',
      params: { count: result.length, max: MAX_TAGS },
      messages: [`${field} must not have more than ${MAX_TAGS} tags`],
    });
  }
  return { tags: result, errors };
}

/** The tags as they are stored (see checkTags), or a 400 naming each problem. */
export function normaliseTags(tags: readonly string[], field = 'tags'): string[] {
  const checked = checkTags(tags, field);
  if (checked.errors.length > 0) throw invalidFields(checked.errors);
  return checked.tags;
}
