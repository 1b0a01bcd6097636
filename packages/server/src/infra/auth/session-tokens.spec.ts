import { describe, expect, it } from '@jest/globals';
import { hashToken, isWellFormedToken, newToken, tokensEqual } from './session-tokens';

describe('session tokens', () => {
  it('are 256 random bits in base64url, different each time', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => newToken()));
    expect(tokens.size).toBe(100);
    for (const token of tokens) {
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(isWellFormedToken(token)).toBe(true);
    }
  });

  it('reject anything that newToken cannot produce', () => {
    for (const value of [
      undefined,
      null,
      42,
      '',
      'abc',
      `${newToken()}x`,
      `${newToken().slice(1)}+`,
    ]) {
      expect(isWellFormedToken(value)).toBe(false);
    }
  });

  it('hash to lower-case hex SHA-256 (the stored form)', () => {
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('compare equal only when identical, and never when empty', () => {
    const token = newToken();
    expect(tokensEqual(token, token.slice())).toBe(true);
    expect(tokensEqual(token, newToken())).toBe(false);
    expect(tokensEqual(token, token.slice(0, -1))).toBe(false);
    expect(tokensEqual('', '')).toBe(false);
  });
});
