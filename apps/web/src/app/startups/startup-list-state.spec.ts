import { describe, expect, it } from '@jest/globals';
import { convertToParamMap } from '@angular/router';
import {
  DEFAULT_LIST_STATE,
  hasFilters,
  StartupListState,
  stateFromParams,
  stateToParams,
  stateToQuery,
} from './startup-list-state';

const fromUrl = (params: Record<string, string>) => stateFromParams(convertToParamMap(params));

describe('startup list state ↔ URL', () => {
  it('reads the defaults from an empty URL', () => {
    expect(fromUrl({})).toEqual(DEFAULT_LIST_STATE);
  });

  it('reads every parameter', () => {
    expect(
      fromUrl({
        q: ' solar ',
        stage: 'seed',
        sector: 'fintech',
        city: 'Leipzig',
        tag: ' EXIST ',
        status: 'archived',
        sort: 'foundedOn',
        order: 'desc',
        page: '3',
        pageSize: '50',
        cursor: 'WyJuYW1lOmFzYyJd_-',
      }),
    ).toEqual({
      q: 'solar',
      stage: 'seed',
      sector: 'fintech',
      city: 'Leipzig',
      tag: 'EXIST',
      status: 'archived',
      sort: 'foundedOn',
      order: 'desc',
      page: 3,
      pageSize: 50,
      cursor: 'WyJuYW1lOmFzYyJd_-',
    });
  });

  it('replaces malformed values with defaults instead of sending them to the API', () => {
    const state = fromUrl({
      status: 'deleted',
      sort: 'password',
      order: 'sideways',
      page: '-2',
      pageSize: '5000',
    });
    expect(state.status).toBe('active');
    expect(state.sort).toBe('name');
    expect(state.order).toBe('asc');
    expect(state.page).toBe(1);
    expect(state.pageSize).toBe(DEFAULT_LIST_STATE.pageSize);
    expect(fromUrl({ page: '2.5' }).page).toBe(1);
    expect(fromUrl({ pageSize: '100' }).pageSize).toBe(100);
    expect(fromUrl({ cursor: 'not a cursor!' }).cursor).toBe('');
    expect(fromUrl({ cursor: 'x'.repeat(1201) }).cursor).toBe('');
  });

  it('writes only what differs from the default, and reads it back unchanged', () => {
    const state: StartupListState = {
      ...DEFAULT_LIST_STATE,
      q: 'solar',
      sector: 'fintech',
      sort: 'updatedAt',
      order: 'desc',
      page: 2,
    };
    const params = stateToParams(state);
    expect(params).toEqual({
      q: 'solar',
      sector: 'fintech',
      sort: 'updatedAt',
      order: 'desc',
      page: '2',
    });
    expect(fromUrl(params)).toEqual(state);
    expect(stateToParams(DEFAULT_LIST_STATE)).toEqual({});
  });
});

describe('startup list state → API query', () => {
  it('always sends paging, sort and status, and leaves out empty filters', () => {
    expect(stateToQuery(DEFAULT_LIST_STATE)).toEqual({
      status: 'active',
      sort: 'name',
      order: 'asc',
      page: 1,
      pageSize: 25,
    });
  });

  it('sends the filters that are set', () => {
    expect(
      stateToQuery({
        ...DEFAULT_LIST_STATE,
        q: 'solar',
        stage: 'seed',
        city: 'Halle',
        tag: 'Batch 2025',
        page: 4,
      }),
    ).toEqual({
      q: 'solar',
      stage: 'seed',
      city: 'Halle',
      tag: 'Batch 2025',
      status: 'active',
      sort: 'name',
      order: 'asc',
      page: 4,
      pageSize: 25,
    });
  });

  it('sends the cursor with the page number when the page was reached by one', () => {
    expect(stateToQuery({ ...DEFAULT_LIST_STATE, page: 7, cursor: 'abc' })).toMatchObject({
      page: 7,
      cursor: 'abc',
    });
    expect(stateToQuery(DEFAULT_LIST_STATE)).not.toHaveProperty('cursor');
  });

  it('knows when filters narrow the list (paging and sorting do not)', () => {
    expect(hasFilters({ ...DEFAULT_LIST_STATE, page: 3, sort: 'city', cursor: 'abc' })).toBe(false);
    expect(hasFilters({ ...DEFAULT_LIST_STATE, status: 'archived' })).toBe(true);
    expect(hasFilters({ ...DEFAULT_LIST_STATE, tag: 'EXIST' })).toBe(true);
  });
});
