import { describe, expect, it } from '@jest/globals';
import {
  MAX_LINKS_PER_MAIL,
  mailLink,
  mailLinkRequest,
  mailLinkRequests,
  mailLinks,
  REDACTED_TOKEN,
  redactTokens,
} from './mail-link';
import { MailDataError } from './mail-template';

const request = {
  path: '/respond/profile',
  purpose: 'startup-profile',
  subjectType: 'startup',
  subjectId: '6f1c7a52-3f5e-4c35-9a43-7d0c1f6b8e21',
  ttlSeconds: 3600,
  singleUse: false,
};

describe('mailLinkRequest', () => {
  it('is null for a mail without a link and returns a good request', () => {
    expect(mailLinkRequest({ name: 'x' })).toBeNull();
    expect(mailLinkRequest({ link: request })).toEqual(request);
  });

  it.each([
    ['a path to another host', { path: '//evil.example/x' }],
    ['a path with a token-like trailing slash', { path: '/respond/profile/' }],
    ['an unknown purpose', { purpose: 'admin' }],
    ['an unknown subject type', { subjectType: 'user' }],
    ['a zero ttl', { ttlSeconds: 0 }],
    ['a fractional ttl', { ttlSeconds: 1.5 }],
    ['no singleUse', { singleUse: undefined }],
    ['an extra that is a string', { extra: 'contact' }],
  ])('refuses %s', (_what, change) => {
    expect(() => mailLinkRequest({ link: { ...request, ...change } })).toThrow(MailDataError);
  });
});

describe('mailLinkRequests', () => {
  it('places the single link and the named ones', () => {
    const other = { ...request, purpose: 'mentor-offer', singleUse: true };
    expect(mailLinkRequests({})).toEqual([]);
    expect(mailLinkRequests({ link: request, links: { a: other, 'b-2': other } })).toEqual([
      { name: null, request },
      { name: 'a', request: other },
      { name: 'b-2', request: other },
    ]);
  });

  it.each([
    ['links that are a list', { links: [request] }],
    ['a link name with a dot', { links: { 'a.b': request } }],
    ['an empty named request', { links: { a: null } }],
    ['a bad named request', { links: { a: { ...request, ttlSeconds: -1 } } }],
    [
      'more links than a mail carries',
      {
        links: Object.fromEntries(
          Array.from({ length: MAX_LINKS_PER_MAIL + 1 }, (_, index) => [`l${index}`, request]),
        ),
      },
    ],
  ])('refuses %s', (_what, data) => {
    expect(() => mailLinkRequests(data)).toThrow(MailDataError);
  });
});

describe('mailLink', () => {
  it('reads the issued link and fails a mail that has only the request', () => {
    const issued = { path: '/respond/profile/abc', expiresAt: '2026-01-01T00:00:00.000Z' };
    expect(mailLink({ link: issued })).toEqual(issued);
    expect(() => mailLink({ link: request })).toThrow(MailDataError);
    expect(() => mailLink({})).toThrow(MailDataError);
  });
});

describe('mailLinks', () => {
  it('reads the issued named links and fails one still a request', () => {
    const issued = { path: '/respond/offer/abc', expiresAt: '2026-01-01T00:00:00.000Z' };
    expect(mailLinks({ links: { a: issued } })).toEqual({ a: issued });
    expect(() => mailLinks({ links: { a: issued, b: request } })).toThrow(MailDataError);
    expect(() => mailLinks({})).toThrow(MailDataError);
  });
});

describe('redactTokens', () => {
  it('replaces every occurrence of every token in subject, HTML and text', () => {
    const token = 'Zm9vYmFyYmF6cXV4LXRva2VuLXdpdGgtNDMtY2hhcnM';
    const other = 'b3RoZXItdG9rZW4tb2YtYW5vdGhlci1vZmZlci1saW5r';
    const url = `https://crm.example.org/respond/profile/${token}`;
    const redacted = redactTokens(
      {
        subject: 'Hi',
        html: `<a href="${url}">open</a><p>${url}</p>`,
        text: `Open: ${url}\nOther: /respond/offer/${other}`,
      },
      [token, other],
    );
    expect(JSON.stringify(redacted)).not.toContain(token);
    expect(redacted.html).toBe(
      `<a href="https://crm.example.org/respond/profile/${REDACTED_TOKEN}">open</a><p>https://crm.example.org/respond/profile/${REDACTED_TOKEN}</p>`,
    );
    expect(redacted.text).toBe(
      `Open: https://crm.example.org/respond/profile/[link]\nOther: /respond/offer/[link]`,
    );
    expect(redacted.text).not.toContain(other);
    expect(redacted.subject).toBe('Hi');
  });
});
