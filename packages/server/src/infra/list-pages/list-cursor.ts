import { invalidFields } from '../errors/invalid-fields';

/**
 * Where a cursor points: the sort key and id of the row next to the page it opens, which side of
 * that row the page lies on, and the page's number (shown by the paginator). The sort it was made
 * for travels with it, so that a cursor is never read against another order.
 */
export interface CursorPosition {
  /** The sort key of the row as PostgreSQL prints it (`::text`), or null for an empty value. */
  key: string | null;
  id: string;
  /** `after`: the page starts after the row; `before`: it ends before it. */
  side: 'after' | 'before';
  page: number;
  /** `field:order`, e.g. `name:asc`. */
  sort: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Deep enough for any list at the smallest page size; bounds what a forged cursor can claim.
const MAX_CURSOR_PAGE = 10_000_000;
// Longer than any sort key (names are at most 200 characters) with room for the rest.
export const MAX_CURSOR_LENGTH = 1200;

/** The opaque text of a position: base64url of a small JSON array. */
export function encodeCursor(position: CursorPosition): string {
  const { sort, key, id, side, page } = position;
  return Buffer.from(JSON.stringify([sort, key, id, side === 'after' ? 'a' : 'b', page])).toString(
    'base64url',
  );
}

function badCursor(reason: string): Error {
  return invalidFields([
    {
      field: 'cursor',
      messages: [`cursor ${reason}; open the list from page 1 (leave out cursor)`],
    },
  ]);
}

/**
 * The position a cursor names, checked: anything that is not a cursor of this list's sort is a 400
 * naming the field, never a 500 or a wrong page.
 */
export function decodeCursor(cursor: string, sort: string): CursorPosition {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('is not a cursor this list handed out');
  }
  if (!Array.isArray(value) || value.length !== 5) {
    throw badCursor('is not a cursor this list handed out');
  }
  const [cursorSort, key, id, side, page] = value as unknown[];
  if (
    typeof cursorSort !== 'string' ||
    (key !== null && typeof key !== 'string') ||
    typeof id !== 'string' ||
    !UUID.test(id) ||
    (side !== 'a' && side !== 'b') ||
    typeof page !== 'number' ||
    !Number.isSafeInteger(page) ||
    page < 1 ||
    page > MAX_CURSOR_PAGE
  ) {
    throw badCursor('is not a cursor this list handed out');
  }
  if (cursorSort !== sort) {
    throw badCursor(`was made for the order ${cursorSort}, not ${sort}`);
  }
  return { sort, key, id, side: side === 'a' ? 'after' : 'before', page };
}
