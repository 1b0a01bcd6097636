import { describe, expect, it } from '@jest/globals';
import { convertToParamMap } from '@angular/router';
import {
  DEFAULT_MENTOR_LIST_STATE,
  MentorListState,
  mentorFilterParams,
  mentorHasFilters,
  mentorStateFromParams,
  mentorStateToParams,
  mentorStateToQuery,
} from './mentor-list-state';

const fromUrl = (params: Record<string, string>) =>
  mentorStateFromParams(convertToParamMap(params));

describe('mentor list state ↔ URL', () => {
  it('reads the defaults from an empty URL', () => {
    expect(fromUrl({})).toEqual(DEFAULT_MENTOR_LIST_STATE);
  });

  it('reads every parameter', () => {
    expect(
      fromUrl({
        q: ' berger ',
        topic: 'pricing',
        sector: 'fintech',
        stage: 'seed',
        language: 'de',
        city: ' Leipzig',
        status: 'paused',
        tag: 'EXIST ',
        hasCapacity: 'true',
        archived: 'true',
        sort: 'capacity',
        order: 'desc',
        page: '3',
        pageSize: '50',
        cursor: 'WyJuYW1lOmFzYyJd_-',
      }),
    ).toEqual({
      q: 'berger',
      topic: 'pricing',
      sector: 'fintech',
      stage: 'seed',
      language: 'de',
      city: 'Leipzig',
      status: 'paused',
      tag: 'EXIST',
      hasCapacity: true,
      archived: true,
      sort: 'capacity',
      order: 'desc',
      page: 3,
      pageSize: 50,
      cursor: 'WyJuYW1lOmFzYyJd_-',
    });
  });

  it('replaces malformed values with defaults instead of sending them to the API', () => {
    const state = fromUrl({
      topic: 'Not A Key',
      status: 'archived',
      hasCapacity: 'yes',
      archived: '1',
      sort: 'email',
      order: 'sideways',
      page: '0',
      pageSize: '101',
    });
    expect(state).toEqual(DEFAULT_MENTOR_LIST_STATE);
  });

  it('writes only what differs from the default, and reads it back unchanged', () => {
    const state: MentorListState = {
      ...DEFAULT_MENTOR_LIST_STATE,
      topic: 'legal',
      hasCapacity: true,
      tag: 'Alumni 2024',
      sort: 'city',
      page: 2,
    };
    const params = mentorStateToParams(state);
    expect(params).toEqual({
      topic: 'legal',
      hasCapacity: 'true',
      tag: 'Alumni 2024',
      sort: 'city',
      page: '2',
    });
    expect(fromUrl(params)).toEqual(state);
    expect(mentorStateToParams(DEFAULT_MENTOR_LIST_STATE)).toEqual({});
  });

  it('gives saved filters and the export the view without its paging', () => {
    const state: MentorListState = {
      ...DEFAULT_MENTOR_LIST_STATE,
      q: 'ada',
      archived: true,
      order: 'desc',
      page: 4,
      pageSize: 50,
    };
    expect(mentorFilterParams(state)).toEqual({ q: 'ada', archived: 'true', order: 'desc' });
  });
});

describe('mentor list state → API query', () => {
  it('always sends paging and sort, and leaves out unset filters', () => {
    expect(mentorStateToQuery(DEFAULT_MENTOR_LIST_STATE)).toEqual({
      sort: 'fullName',
      order: 'asc',
      page: 1,
      pageSize: 25,
    });
  });

  it('sends the filters that are set, booleans only when on', () => {
    expect(
      mentorStateToQuery({
        ...DEFAULT_MENTOR_LIST_STATE,
        q: 'ada',
        language: 'en',
        status: 'active',
        hasCapacity: true,
      }),
    ).toEqual({
      q: 'ada',
      language: 'en',
      status: 'active',
      hasCapacity: true,
      sort: 'fullName',
      order: 'asc',
      page: 1,
      pageSize: 25,
    });
  });

  it('knows when filters narrow the list (paging and sorting do not)', () => {
    expect(mentorHasFilters({ ...DEFAULT_MENTOR_LIST_STATE, page: 3, sort: 'city' })).toBe(false);
    expect(mentorHasFilters({ ...DEFAULT_MENTOR_LIST_STATE, archived: true })).toBe(true);
    expect(mentorHasFilters({ ...DEFAULT_MENTOR_LIST_STATE, tag: 'x' })).toBe(true);
  });
});
