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
 * `link_tokens`). Pass it as `OutgoingMail.link`:
 *
 * ```ts
 * await this.mail.add(manager, {
 *   to, locale, template: 'startup-profile-link', data: { startupName },
 *   link: { path: PROFILE_LINK_PATH, purpose: 'startup-profile', subjectType: 'startup',
 *           subjectId, ttlSeconds, singleUse: false, extra: { contactId }, revokeEarlier: true },
 * });
 * ```
 *
 * The template then reads the issued link with `mailLink(data)`: `{ path, expiresAt }`.
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

/** What the stored copy of a sent mail shows instead of the token (outside the dev mailbox). */
export const REDACTED_TOKEN = '[link]';

const PATH = /^\/[A-Za-z0-9/_-]*[A-Za-z0-9_-]$/;

/** The outbox row's link request (`data.link`), checked; null when the mail carries none. */
export function mailLinkRequest(data: Record<string, unknown>): MailLinkRequest | null {
  const value = data.link;
  if (value === undefined || value === null) return null;
  const request = value as Partial<MailLinkRequest>;
  const bad = (what: string) => new MailDataError(`The mail's link request has ${what}`);
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
  if (typeof request.singleUse !== 'boolean') throw bad('no singleUse');
  if (
    request.extra !== undefined &&
    (typeof request.extra !== 'object' || request.extra === null)
  ) {
    throw bad('an extra that is not an object');
  }
  return request as MailLinkRequest;
}

/** For templates: the link issued at send time (`{ path, expiresAt }`). */
export function mailLink(data: Record<string, unknown>): IssuedMailLink {
  const link = data.link as Partial<IssuedMailLink> | undefined;
  if (
    !link ||
    typeof link !== 'object' ||
    typeof link.path !== 'string' ||
    typeof link.expiresAt !== 'string'
  ) {
    throw new MailDataError('The mail has no issued link (did add() get a `link` request?)');
  }
  return { path: link.path, expiresAt: link.expiresAt };
}

/** The rendered parts with every occurrence of the token replaced by `[link]`. */
export function redactToken(mail: RenderedMail, token: string): RenderedMail {
  const redact = (value: string) => value.split(token).join(REDACTED_TOKEN);
  return { subject: redact(mail.subject), html: redact(mail.html), text: redact(mail.text) };
}
