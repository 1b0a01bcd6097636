import { describe, expect, it } from '@jest/globals';
import { editDistance, nearestKey } from './nearest-key';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('seed', 'seed')).toBe(0);
    expect(editDistance('sed', 'seed')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });
});

describe('nearestKey', () => {
  const sectors = ['fintech', 'healthtech', 'medtech', 'edtech', 'software-saas'];

  it('suggests a key a typo away', () => {
    expect(nearestKey('fintek', sectors)).toBe('fintech');
    expect(nearestKey('FinTech', sectors)).toBe('fintech');
  });

  it('suggests a key that contains the given part', () => {
    expect(nearestKey('saas', sectors)).toBe('software-saas');
  });

  it('suggests nothing when no key is close', () => {
    expect(nearestKey('agriculture', sectors)).toBeNull();
    expect(nearestKey('x', sectors)).toBeNull();
  });
});
