import { describe, expect, it } from '@jest/globals';
import { MAX_TAGS } from '@kohorte/contracts';
import { addTag } from './tag-rules';

describe('addTag', () => {
  it('adds a tag trimmed, with inner spaces made one', () => {
    expect(addTag(['EXIST'], '  Batch   2025 ')).toEqual({ tags: ['EXIST', 'Batch 2025'] });
  });

  it('does not add a tag twice, ignoring case, nor an empty one', () => {
    expect(addTag(['EXIST'], 'exist')).toEqual({ tags: ['EXIST'] });
    expect(addTag(['EXIST'], '   ')).toEqual({ tags: ['EXIST'] });
  });

  it('refuses what the API would reject, saying why', () => {
    expect(addTag([], '#hash')).toEqual({ tags: [], error: 'invalid', tag: '#hash' });
    expect(addTag([], 'x'.repeat(41))).toMatchObject({ error: 'invalid' });
    const full = Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`);
    expect(addTag(full, 'one more')).toEqual({ tags: full, error: 'tooMany', tag: 'one more' });
    // A repeat of a tag already there is no new tag, even when the list is full.
    expect(addTag(full, 'T0')).toEqual({ tags: full });
  });
});
