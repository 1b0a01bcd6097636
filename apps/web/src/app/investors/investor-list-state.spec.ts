import { describe, expect, it } from '@jest/globals';
import { convertToParamMap } from '@angular/router';
import {
  DEFAULT_INVESTOR_LIST_STATE,
  InvestorListState,
  investorFilterParams,
  investorHasFilters,
  investorStateFromParams,
  investorStateToParams,
  investorStateToQuery,
} from './investor-list-state';

const fromUrl = (params: Record<string, string>) =>
  investorStateFromParams(convertToParamMap(params));

describe('investor list state ↔ URL', () => {
  it('reads the defaults from an empty URL', () => {
    expect(fromUrl({})).toEqual(DEFAULT_INVESTOR_LIST_STATE);
  });

  it('reads every parameter', () => {
    expect(
      fromUrl({
        q: ' seed fonds ',
        type: 'public',
        sector: 'fintech',
        stage: 'seed',
        region: ' Sachsen',
        status: 'inactive',
        tag: 'EU ',
        ticketEur: '250000',
        archived: 'true',
        sort: 'ticketMaxEur',
        order: 'desc',
        page: '2',
        pageSize: '10',
        cursor: 'WyJuYW1lOmFzYyJd_-',
      }),
    ).toEqual({
      q: 'seed fonds',
      type: 'public',
      sector: 'fintech',
      stage: 'seed',
      region: 'Sachsen',
      status: 'inactive',
      tag: 'EU',
      ticketEur: 250_000,
      archived: true,
      sort: 'ticketMaxEur',
      order: 'desc',
      page: 2,
      pageSize: 10,
      cursor: 'WyJuYW1lOmFzYyJd_-',
    });
  });

  it('replaces malformed values with defaults instead of sending them to the API', () => {
    expect(
      fromUrl({
        type: 'bank',
        stage: 'Seed!',
        status: 'archived',
        ticketEur: '-5',
        archived: 'yes',
        sort: 'email',
        page: 'two',
      }),
    ).toEqual(DEFAULT_INVESTOR_LIST_STATE);
    expect(fromUrl({ ticketEur: '1.5' }).ticketEur).toBeNull();
    expect(fromUrl({ ticketEur: '0' }).ticketEur).toBe(0);
  });

  it('writes only what differs from the default, and reads it back unchanged', () => {
    const state: InvestorListState = {
      ...DEFAULT_INVESTOR_LIST_STATE,
      type: 'angel',
      ticketEur: 0,
      region: 'DACH',
      page: 3,
    };
    const params = investorStateToParams(state);
    expect(params).toEqual({ type: 'angel', ticketEur: '0', region: 'DACH', page: '3' });
    expect(fromUrl(params)).toEqual(state);
    expect(investorFilterParams(state)).toEqual({ type: 'angel', ticketEur: '0', region: 'DACH' });
  });
});

describe('investor list state → API query', () => {
  it('sends paging and sort always, filters only when set', () => {
    expect(investorStateToQuery(DEFAULT_INVESTOR_LIST_STATE)).toEqual({
      sort: 'name',
      order: 'asc',
      page: 1,
      pageSize: 25,
    });
    expect(
      investorStateToQuery({ ...DEFAULT_INVESTOR_LIST_STATE, ticketEur: 0, archived: true }),
    ).toEqual({ ticketEur: 0, archived: true, sort: 'name', order: 'asc', page: 1, pageSize: 25 });
  });

  it('knows when filters narrow the list', () => {
    expect(investorHasFilters({ ...DEFAULT_INVESTOR_LIST_STATE, sort: 'type', page: 2 })).toBe(
      false,
    );
    expect(investorHasFilters({ ...DEFAULT_INVESTOR_LIST_STATE, ticketEur: 0 })).toBe(true);
  });
});
