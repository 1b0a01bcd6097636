import { describe, expect, it } from '@jest/globals';
import { berlinDayTime, berlinMoment } from './berlin-moment';

describe('Berlin wall-clock times', () => {
  it('reads a winter time as CET and a summer time as CEST', () => {
    expect(berlinMoment('2027-01-10', '09:00')).toBe('2027-01-10T08:00:00.000Z');
    expect(berlinMoment('2027-07-10', '09:00')).toBe('2027-07-10T07:00:00.000Z');
  });

  it('gets the days of the clock changes right', () => {
    // 31 March 2024: 02:00 CET became 03:00 CEST.
    expect(berlinMoment('2024-03-31', '01:30')).toBe('2024-03-31T00:30:00.000Z');
    expect(berlinMoment('2024-03-31', '04:00')).toBe('2024-03-31T02:00:00.000Z');
    // 27 October 2024: 03:00 CEST became 02:00 CET.
    expect(berlinMoment('2024-10-27', '12:00')).toBe('2024-10-27T11:00:00.000Z');
  });

  it('round-trips through the form fields and refuses what is no time', () => {
    expect(berlinDayTime('2027-02-10T17:00:00.000Z')).toEqual({ day: '2027-02-10', time: '18:00' });
    expect(berlinMoment('2027-02-30x', '10:00')).toBeNull();
    expect(berlinMoment('2027-02-10', '9')).toBeNull();
  });
});
