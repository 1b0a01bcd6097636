import { describe, expect, it } from '@jest/globals';
import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('returns to a page of this app, with its query', () => {
    expect(safeReturnUrl('/startups/42/edit')).toBe('/startups/42/edit');
    expect(safeReturnUrl('/startups?q=solar&page=2')).toBe('/startups?q=solar&page=2');
  });

  it('refuses addresses outside the app (open redirect) and falls back to the list', () => {
    expect(safeReturnUrl('https://evil.example')).toBe('/dashboard');
    expect(safeReturnUrl('//evil.example/startups')).toBe('/dashboard');
    expect(safeReturnUrl('/\\evil.example')).toBe('/dashboard');
    expect(safeReturnUrl('/sign-in?returnUrl=/users')).toBe('/dashboard');
    expect(safeReturnUrl(undefined)).toBe('/dashboard');
  });
});
