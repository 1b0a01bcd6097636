import {
  LINK_PURPOSES,
  type LinkPurpose,
  SUBJECT_TYPES,
  type SubjectType,
} from '@kohorte/contracts';
import type { RenderedMail } from './mail-renderer';
import { MailDataError } from './mail-template';

/**
 * A link a mail carries, asked for when the mail is written and issued when it is sent: the
 * outbox stores this request (no secret), and the send handler issues the token inside its send
 * transaction, so that a raw token is never stored anywhere (only its SHA-256 hash, in
 * `link_tokens`). Pass one as `OutgoingMail.link`:
 *
 * ```ts
 * await this.mail.add(manager, {
 *   to, locale, template: 'startup-profile-link', data: { startupName },
 *   link: { path: PROFILE_LINK_PATH, purpose: 'startup-profile', subjectType: 'startup',
 *           subjectId, ttlSeconds, singleUse: false, extra: { contactId }, revokeEarlier: true },
 * });
 * ```
 *
 * and the template reads the issued link with `mailLink(data)`: `{ path, expiresAt }`. A mail
 * that offers several things, each with its own link (a mentor's offers), passes
 * `OutgoingMail.links` by name instead and reads them with `mailLinks(data)[name]`.
 */
export interface MailLinkRequest {
  /** The web app's page, without the token: the link is `<PUBLIC_URL><path>/<token>`. */
  path: string;
  purpose: LinkPurpose;
  subjectType: SubjectType;
  /** The one record the link reaches. */
  subjectId: string;
  /** How long the link works, in seconds from the send. */
  ttlSeconds: number;
  /**
   * ISO date-time the link stops working, whenever the mail is sent (an offer's deadline); when
   * given, it decides instead of `ttlSeconds`.
   */
  until?: string;
  /** Spent by its first use (offers); otherwise usable until it expires (profile sessions). */
  singleUse: boolean;
  /** What else the purpose needs to know (stored with the token's hash). */
  extra?: Record<string, unknown>;
  /**
   * Revoke the live links of the same purpose and record whose `extra` contains this link's
   * `extra` once this one is sent (not when a try fails): the newest email sent is the one that
   * works.
   */
  revokeEarlier?: boolean;
  /** The staff member who has it sent; null when the person asked for it themselves. */
  createdBy?: string | null;
}

/** What a template sees under `data.link` at render time. */
export interface IssuedMailLink {
  /** `<path>/<token>`: pass it to the context's `link()`. */
  path: string;
  /** ISO date-time the link stops working. */
  expiresAt: string;
}

/**
 * Where an outbox row's data keeps its links: the requests until the send, then the issued links
 * (`data.link`, `data.links[name]`). Checked where read, since the row is JSON.
 */
export interface MailLinkFields {
  link?: unknown;
  links?: unknown;
  /** The template's own fields. */
  [field: string]: unknown;
}

/** What the stored copy of a sent mail shows instead of the token (outside the dev mailbox). */
export const REDACTED_TOKEN = '[link]';

/** The most named links one mail carries. */
export const MAX_LINKS_PER_MAIL = 20;

const PATH = /^\/[A-Za-z0-9/_-]*[A-Za-z0-9_-]$/;
const LINK_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** Where a request sits in the outbox row's data: `data.link` (name null) or `data.links[name]`. */
export interface PlacedLinkRequest {
  name: string | null;
  request: MailLinkRequest;
}

/**
 * Every link request of an outbox row (`data.link` and `data.links`), checked; empty when the
 * mail carries none.
 */
export function mailLinkRequests(data: MailLinkFields): PlacedLinkRequest[] {
  const placed: PlacedLinkRequest[] = [];
  const single = checkedRequest(data.link, "The mail's link request");
  if (single) placed.push({ name: null, request: single });
  const named = data.links;
  if (named === undefined || named === null) return placed;
  if (typeof named !== 'object' || Array.isArray(named)) {
    throw new MailDataError("The mail's links must be an object of link requests by name");
  }
  const entries = Object.entries(named as Record<string, unknown>);
  if (entries.length > MAX_LINKS_PER_MAIL) {
    throw new MailDataError(`A mail carries at most ${MAX_LINKS_PER_MAIL} links`);
  }
  for (const [name, value] of entries) {
    if (!LINK_NAME.test(name)) throw new MailDataError(`The mail's link name "${name}" is invalid`);
    const request = checkedRequest(value, `The mail's link request "${name}"`);
    if (!request) throw new MailDataError(`The mail's link request "${name}" is empty`);
    placed.push({ name, request });
  }
  return placed;
}

/** The outbox row's single link request (`data.link`), checked; null when it has none. */
export function mailLinkRequest(data: MailLinkFields): MailLinkRequest | null {
  return checkedRequest(data.link, "The mail's link request");
}

function checkedRequest(value: unknown, label: string): MailLinkRequest | null {
  if (value === undefined || value === null) return null;
  const request = value as Partial<MailLinkRequest>;
  const bad = (what: string) => new MailDataError(`${label} has ${what}`);
  if (typeof request !== 'object') throw bad('the wrong shape');
  if (typeof request.path !== 'string' || !PATH.test(request.path)) throw bad('no valid path');
  if (!LINK_PURPOSES.includes(request.purpose as LinkPurpose)) throw bad('no valid purpose');
  if (!SUBJECT_TYPES.includes(request.subjectType as SubjectType)) {
    throw bad('no valid subjectType');
  }
  if (typeof request.subjectId !== 'string') throw bad('no subjectId');
  if (!Number.isInteger(request.ttlSeconds) || (request.ttlSeconds as number) <= 0) {
    throw bad('no positive integer ttlSeconds');
  }
  if (request.until !== undefined && Number.isNaN(Date.parse(request.until))) {
    throw bad('an until that is not a date-time');
  }
  if (typeof request.singleUse !== 'boolean') throw bad('no singleUse');
  if (
    request.extra !== undefined &&
    (typeof request.extra !== 'object' || request.extra === null)
  ) {
    throw bad('an extra that is not an object');
  }
  return request as MailLinkRequest;
}

function issuedLink(value: unknown): IssuedMailLink | null {
  const link = value as Partial<IssuedMailLink> | undefined;
  if (
    !link ||
    typeof link !== 'object' ||
    typeof link.path !== 'string' ||
    typeof link.expiresAt !== 'string'
  ) {
    return null;
  }
  return { path: link.path, expiresAt: link.expiresAt };
}

/** For templates: the link issued at send time (`{ path, expiresAt }`). */
export function mailLink(data: MailLinkFields): IssuedMailLink {
  const link = issuedLink(data.link);
  if (!link) {
    throw new MailDataError('The mail has no issued link (did add() get a `link` request?)');
  }
  return link;
}

/** For templates: the named links issued at send time (`OutgoingMail.links`), by name. */
export function mailLinks(data: MailLinkFields): Record<string, IssuedMailLink> {
  const named = data.links;
  if (!named || typeof named !== 'object') {
    throw new MailDataError('The mail has no issued links (did add() get `links` requests?)');
  }
  const links: Record<string, IssuedMailLink> = {};
  for (const [name, value] of Object.entries(named as Record<string, unknown>)) {
    const link = issuedLink(value);
    if (!link) throw new MailDataError(`The mail's link "${name}" was not issued`);
    links[name] = link;
  }
  return links;
}

/** The rendered parts with every occurrence of the tokens replaced by `[link]`. */
export function redactTokens(mail: RenderedMail, tokens: readonly string[]): RenderedMail {
  const redact = (value: string) =>
    tokens.reduce((text, token) => text.split(token).join(REDACTED_TOKEN), value);
  return { subject: redact(mail.subject), html: redact(mail.html), text: redact(mail.text) };
}
