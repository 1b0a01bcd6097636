import { describe, expect, it } from '@jest/globals';
import { type ApiErrorBody, MAX_TAGS } from '@kohorte/contracts';
import { InvalidFieldsError } from '../../infra/errors/domain-errors';
import { normaliseTags } from './normalise-tags';

function errorOf(run: () => unknown): ApiErrorBody {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidFieldsError);
    return (error as InvalidFieldsError).response as ApiErrorBody;
  }
  throw new Error('expected a 400');
}

describe('normaliseTags', () => {
  it('trims, collapses spaces and keeps the first spelling of tags equal but for case', () => {
    expect(normaliseTags(['  EXIST ', 'Batch   2025', 'exist', 'B2B', 'batch 2025'])).toEqual([
      'EXIST',
      'Batch 2025',
      'B2B',
    ]);
  });

  it('accepts letters of any script and the allowed signs', () => {
    const tags = ['Gründerinnen', 'C#', 'R&D', 'AI/ML', 'v1.2', '東京'];
    expect(normaliseTags(tags)).toEqual(tags);
  });

  it('names each bad tag by its index in the input', () => {
    const body = errorOf(() => normaliseTags(['ok', '', '#hash', 'x'.repeat(41), 'fine']));
    expect(body.errors?.map((e) => e.field)).toEqual(['tags.1', 'tags.2', 'tags.3']);
    expect(body.errors?.[1]?.messages.join(' ')).toMatch(/"#hash" is not a valid tag/);
  });

  it('counts distinct tags against the limit', () => {
    const many = Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`);
    expect(normaliseTags([...many, 'T0'])).toHaveLength(MAX_TAGS);
    const body = errorOf(() => normaliseTags([...many, 'one more'], 'tags'));
    expect(body.errors).toEqual([
      {
        field: 'tags',
        code: 'tooMany',
        params: { count: MAX_TAGS + 1, max: MAX_TAGS },
        messages: [`tags must not have more than ${MAX_TAGS} tags`],
      },
    ]);
  });
});
