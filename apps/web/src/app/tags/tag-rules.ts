import { MAX_TAGS, TAG_PATTERN } from '@kohorte/contracts';

export type AddTagResult =
  | { tags: string[]; error?: undefined }
  | { tags: string[]; error: 'invalid' | 'tooMany'; tag: string };

/**
 * Adds a typed tag as the API stores it: trimmed, inner spaces made one; a tag already there
 * (ignoring case) is not added twice. A tag the API would reject is not added, and says why.
 */
export function addTag(tags: readonly string[], raw: string): AddTagResult {
  const tag = raw.trim().replace(/\s+/g, ' ');
  if (tag === '') return { tags: [...tags] };
  if (tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) {
    return { tags: [...tags] };
  }
  if (!TAG_PATTERN.test(tag)) return { tags: [...tags], error: 'invalid', tag };
  if (tags.length >= MAX_TAGS) return { tags: [...tags], error: 'tooMany', tag };
  return { tags: [...tags, tag] };
}
