import { describe, expect, it } from '@jest/globals';
import { REQUEST_CONTEXT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  DESKTOP_WIDTH,
  PHONE_WIDTH,
  ServerMediaMatcher,
  widthQueryMatches,
} from './server-media-matcher';

describe('the server’s answers to media queries', () => {
  it('compares the app’s width queries with a width', () => {
    expect(widthQueryMatches('(max-width: 599.98px)', 412)).toBe(true);
    expect(widthQueryMatches('(max-width: 599.98px)', 1366)).toBe(false);
    expect(widthQueryMatches('(min-width: 960px)', 1366)).toBe(true);
    expect(widthQueryMatches(' ( max-width:959.98px ) ', 959)).toBe(true);
    // Anything else (orientation, colour, print) is not assumed.
    expect(widthQueryMatches('(orientation: portrait)', 412)).toBe(false);
    expect(widthQueryMatches('print', 412)).toBe(false);
  });

  function matcherFor(phone: boolean | null): ServerMediaMatcher {
    TestBed.configureTestingModule({
      providers: [
        ServerMediaMatcher,
        ...(phone === null ? [] : [{ provide: REQUEST_CONTEXT, useValue: { phone } }]),
      ],
    });
    return TestBed.inject(ServerMediaMatcher);
  }

  it('lays a phone’s page out at a phone’s width', () => {
    const matcher = matcherFor(true);
    expect(matcher.matchMedia(`(max-width: ${PHONE_WIDTH}px)`).matches).toBe(true);
    expect(matcher.matchMedia('(max-width: 599.98px)').matches).toBe(true);
    expect(matcher.matchMedia('(max-width: 300px), (min-width: 400px)').matches).toBe(true);
  });

  it('lays any other page out at a laptop’s width, also without a request', () => {
    for (const phone of [false, null]) {
      TestBed.resetTestingModule();
      const matcher = matcherFor(phone);
      const narrow = matcher.matchMedia('(max-width: 959.98px)');
      expect(narrow.matches).toBe(false);
      expect(narrow.media).toBe('(max-width: 959.98px)');
      expect(matcher.matchMedia(`(min-width: ${DESKTOP_WIDTH}px)`).matches).toBe(true);
    }
  });
});
