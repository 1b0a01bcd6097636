import { describe, expect, it } from '@jest/globals';
import { cursorParam, pageChange, paginatorLength } from './list-paging';

const at = { page: 4, pageSize: 25, cursor: 'c4' };
const cursors = { next: 'c5', previous: 'c3' };
const event = (pageIndex: number, pageSize = 25) => ({
  pageIndex,
  pageSize,
  previousPageIndex: at.page - 1,
  length: 1000,
});

describe('pageChange', () => {
  it('follows the cursors for next and previous', () => {
    expect(pageChange(event(4), at, cursors)).toEqual({ page: 5, pageSize: 25, cursor: 'c5' });
    expect(pageChange(event(2), at, cursors)).toEqual({ page: 3, pageSize: 25, cursor: 'c3' });
  });

  it('goes by page number for first, last, page 1 and a new page size', () => {
    expect(pageChange(event(0), at, cursors)).toEqual({ page: 1, pageSize: 25, cursor: '' });
    expect(pageChange(event(39), at, cursors)).toEqual({ page: 40, pageSize: 25, cursor: '' });
    expect(pageChange(event(0), { ...at, page: 2 }, cursors)).toEqual({
      page: 1,
      pageSize: 25,
      cursor: '',
    });
    expect(pageChange(event(3, 50), at, cursors)).toEqual({ page: 1, pageSize: 50, cursor: '' });
  });

  it('goes by page number when the page has no cursor that way', () => {
    expect(pageChange(event(4), at, { next: null, previous: null })).toEqual({
      page: 5,
      pageSize: 25,
      cursor: '',
    });
  });
});

describe('paginatorLength', () => {
  it('is the count when it is exact', () => {
    const list = { total: 312, totalExact: true, hasNext: true, itemCount: 25 };
    expect(paginatorLength(at, list)).toBe(312);
  });

  it('keeps "next" enabled beyond a count that stopped at its limit, and ends at the last row', () => {
    const deep = { page: 3000, pageSize: 25 };
    expect(
      paginatorLength(deep, { total: 10_000, totalExact: false, hasNext: true, itemCount: 25 }),
    ).toBe(75_001);
    expect(
      paginatorLength(deep, { total: 10_000, totalExact: false, hasNext: false, itemCount: 7 }),
    ).toBe(74_982);
    expect(
      paginatorLength(at, { total: 10_000, totalExact: false, hasNext: true, itemCount: 25 }),
    ).toBe(10_000);
  });
});

describe('cursorParam', () => {
  it('keeps what looks like an API cursor and drops anything else', () => {
    expect(cursorParam('WyJuYW1lOmFzYyJd_-')).toBe('WyJuYW1lOmFzYyJd_-');
    expect(cursorParam('a b')).toBe('');
    expect(cursorParam(null)).toBe('');
  });
});
