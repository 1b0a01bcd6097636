import { describe, expect, it } from '@jest/globals';
import { fieldChanges } from './field-changes';

describe('fieldChanges', () => {
  const current = { name: 'Acme', city: 'Leipzig' as string | null, tags: ['a'] };

  it('lists changed fields, before → after, and skips the ones left out', () => {
    expect(
      fieldChanges(current, { name: 'Acme GmbH', tags: ['a', 'b'] }, ['name', 'city', 'tags']),
    ).toEqual([
      { field: 'name', before: 'Acme', after: 'Acme GmbH' },
      { field: 'tags', before: ['a'], after: ['a', 'b'] },
    ]);
  });

  it('counts clearing a value as a change and an equal value as none', () => {
    expect(
      fieldChanges(current, { city: null, name: 'Acme', tags: ['a'] }, ['name', 'city', 'tags']),
    ).toEqual([{ field: 'city', before: 'Leipzig', after: null }]);
  });
});
