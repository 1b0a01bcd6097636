import { describe, expect, it } from '@jest/globals';
import type { StartupInput } from '@kohorte/contracts';
import { PROFILE_WEIGHTS, profileCompleteness } from './profile-score';

const full: StartupInput = {
  name: 'Acme',
  oneLiner: 'Rockets for everyone',
  description: 'We build rockets.',
  website: 'https://acme.example',
  foundedOn: '2024-01-02',
  stage: 'seed',
  sectors: ['mobility'],
  teamSize: 4,
  city: 'Leipzig',
  fundingRaisedEur: 0,
  fundingSoughtEur: 500_000,
  languages: ['de'],
  topics: ['fundraising'],
};

describe('profileCompleteness', () => {
  it('weights sum to 100', () => {
    expect(Object.values(PROFILE_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('is 100 for a full profile and 0 for a name alone', () => {
    expect(profileCompleteness(full)).toBe(100);
    expect(profileCompleteness({ name: 'Acme' })).toBe(0);
  });

  it('counts zero amounts and team sizes as filled', () => {
    expect(profileCompleteness({ fundingRaisedEur: 0 })).toBe(PROFILE_WEIGHTS.fundingRaisedEur);
    expect(profileCompleteness({ teamSize: 0 })).toBe(PROFILE_WEIGHTS.teamSize);
  });

  it('does not count nulls, blank text or empty lists', () => {
    expect(
      profileCompleteness({
        ...full,
        description: '   ',
        topics: [],
        website: null,
      }),
    ).toBe(100 - PROFILE_WEIGHTS.description - PROFILE_WEIGHTS.topics - PROFILE_WEIGHTS.website);
  });
});
