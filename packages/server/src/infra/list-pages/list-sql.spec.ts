import { describe, expect, it } from '@jest/globals';
import { escapeLike, searchWords } from './list-sql';

describe('escapeLike', () => {
  it('escapes the wildcards and the escape character', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
    expect(escapeLike('plain')).toBe('plain');
  });
});

describe('searchWords', () => {
  it('splits on white space, lower-cases and drops repeats', () => {
    expect(searchWords('  Robot  robot\tFARM\n')).toEqual(['robot', 'farm']);
    expect(searchWords('')).toEqual([]);
    expect(searchWords(undefined)).toEqual([]);
  });
});
