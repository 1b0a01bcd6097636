import { describe, expect, it } from '@jest/globals';
import { InvalidFieldsError } from '../errors/domain-errors';
import { decodeCursor, encodeCursor } from './list-cursor';

const position = {
  sort: 'name:asc',
  key: 'acme ümlaut',
  id: '0406bc3f-9f99-4943-9819-303e614aace8',
  side: 'after',
  page: 3000,
} as const;

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidFieldsError);
    const body = (error as InvalidFieldsError).response as {
      errors: { field: string }[];
    };
    return body.errors[0]?.field;
  }
  return undefined;
}

describe('list cursors', () => {
  it('read back the position they were made from, an empty sort key included', () => {
    expect(decodeCursor(encodeCursor(position), 'name:asc')).toEqual(position);
    const empty = { ...position, key: null, side: 'before' } as const;
    expect(decodeCursor(encodeCursor(empty), 'name:asc')).toEqual(empty);
  });

  it('are refused, naming the field, when forged, damaged or made for another order', () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(fieldOf(() => decodeCursor('%%%', 'name:asc'))).toBe('cursor');
    expect(fieldOf(() => decodeCursor(forged({ a: 1 }), 'name:asc'))).toBe('cursor');
    expect(
      fieldOf(() => decodeCursor(forged(['name:asc', 1, position.id, 'a', 2]), 'name:asc')),
    ).toBe('cursor');
    expect(
      fieldOf(() => decodeCursor(forged(['name:asc', 'k', 'not-a-uuid', 'a', 2]), 'name:asc')),
    ).toBe('cursor');
    expect(
      fieldOf(() => decodeCursor(forged(['name:asc', 'k', position.id, 'a', 0]), 'name:asc')),
    ).toBe('cursor');
    expect(
      fieldOf(() => decodeCursor(forged(['name:asc', 'k', position.id, 'x', 2]), 'name:asc')),
    ).toBe('cursor');
    expect(fieldOf(() => decodeCursor(encodeCursor(position), 'city:asc'))).toBe('cursor');
  });
});
