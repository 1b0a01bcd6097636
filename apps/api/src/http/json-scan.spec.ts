import { describe, expect, it } from '@jest/globals';
import { firstInvalidUtf8, scanJson } from './json-scan';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('scanJson', () => {
  it('says where a container opens deeper than the limit', () => {
    expect(scanJson(bytes('{"a":[1,{"b":[[2]]}]}'), 3)).toEqual({
      tooDeep: true,
      path: ['a', 1, 'b'],
    });
    expect(scanJson(bytes('{"a":[1,{"b":[[2]]}]}'), 5)).toEqual({ tooDeep: false, path: [] });
  });

  it('follows nesting far beyond what JSON.parse survives, without recursion', () => {
    const depth = 1_000_000;
    const text = bytes(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(scanJson(text, 32)).toEqual({ tooDeep: true, path: Array(32).fill(0) });
  });

  it('ignores brackets, commas and quotes inside strings', () => {
    const text = bytes('{"[{\\"": "]}[,", "b": [1, "[", {"c\\\\": 2}]}');
    expect(scanJson(text, 2)).toEqual({ tooDeep: true, path: ['b', 2] });
  });

  it('names the value open at a given byte', () => {
    const text = bytes('{"name": "x", "sectors": ["a", "b", "ü');
    expect(scanJson(text, Infinity, text.length - 1).path).toEqual(['sectors', 2]);
    expect(scanJson(bytes('{"a": 1, "b'), Infinity).path).toEqual([]);
  });

  it('never fails on text that is not JSON', () => {
    for (const text of ['', ']]]}}', '"', '{"a"', '[,,,', '\\']) {
      expect(() => scanJson(bytes(text), 2)).not.toThrow();
    }
  });
});

describe('firstInvalidUtf8', () => {
  it('finds where the first malformed sequence starts', () => {
    expect(firstInvalidUtf8(bytes('{"a":"Grüße 💥"}'))).toBe(-1);
    const bad = (prefix: string, tail: number[]) =>
      firstInvalidUtf8(Buffer.concat([bytes(prefix), Buffer.from(tail)]));
    expect(bad('{"a":"ü', [0xff])).toBe(8);
    expect(bad('ab', [0xc0, 0xaf])).toBe(2);
    expect(bad('ab', [0xed, 0xa0, 0x80])).toBe(2);
    expect(bad('ab', [0xe2, 0x82])).toBe(2);
  });
});
