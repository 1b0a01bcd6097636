import { describe, expect, it } from '@jest/globals';
import { berlinDateTime } from './berlin-time';
import { MailDataError } from './mail-template';

describe('berlinDateTime', () => {
  it('states German time with the zone, without seconds, in both languages', () => {
    expect(berlinDateTime('2026-12-21T13:30:45Z', 'de')).toBe('21. Dezember 2026 um 14:30 MEZ');
    expect(berlinDateTime('2026-12-21T13:30:45Z', 'en')).toBe('21 December 2026 at 14:30 CET');
  });

  it('names summer time in summer', () => {
    expect(berlinDateTime('2026-07-01T08:00:00Z', 'de')).toBe('1. Juli 2026 um 10:00 MESZ');
  });

  it('fails the mail for a date that is not one', () => {
    expect(() => berlinDateTime('soon', 'en')).toThrow(MailDataError);
  });
});
