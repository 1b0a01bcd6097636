import { Injectable } from '@nestjs/common';
import { DomainError } from '../errors/domain-errors';
import type { LinkErrorBody, LinkFailure, LinkPurpose } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { LinkLimiter } from './link-limiter';
import { type LinkGrant, type LinkResolution, LinkTokens } from './link-tokens';

const MESSAGES: Record<LinkFailure, string> = {
  unknown: 'This link is not valid; ask for a new one',
  expired: 'This link has expired; ask for a new one',
  used: 'This link has already been used; ask for a new one',
  revoked: 'This link was replaced by a newer one; use the newest email or ask for a new link',
};

/**
 * A link that does not work: 404 when unknown, 410 when expired, used or revoked; the body's
 * `reason` says which. Never 401: that would send the browser to the staff sign-in.
 */
export class LinkFailedError extends DomainError {
  readonly kind: 'not-found' | 'gone';

  constructor(readonly reason: LinkFailure) {
    const unknown = reason === 'unknown';
    const body: LinkErrorBody = {
      statusCode: unknown ? 404 : 410,
      error: unknown ? 'Not Found' : 'Gone',
      message: MESSAGES[reason],
      reason,
    };
    super(body);
    this.kind = unknown ? 'not-found' : 'gone';
  }
}

/**
 * The door of every public link endpoint: counts the attempt against the caller's address
 * (429 when guessing), checks the token for the purpose, and answers a failure with its reason.
 */
@Injectable()
export class LinkGate {
  constructor(
    private readonly tokens: LinkTokens,
    private readonly limiter: LinkLimiter,
  ) {}

  /** What the link grants, changing nothing (for GET). */
  async open(token: string | undefined, purpose: LinkPurpose, ip: string): Promise<LinkGrant> {
    return this.checked(ip, () =>
      token === undefined
        ? Promise.resolve({ ok: false, reason: 'unknown' })
        : this.tokens.resolve(token, purpose),
    );
  }

  /** Uses the link in the caller's transaction (for the POST/PATCH/PUT that acts on it). */
  async use(
    manager: EntityManager,
    token: string | undefined,
    purpose: LinkPurpose,
    ip: string,
  ): Promise<LinkGrant> {
    return this.checked(ip, () =>
      token === undefined
        ? Promise.resolve({ ok: false, reason: 'unknown' })
        : this.tokens.consume(manager, token, purpose),
    );
  }

  private async checked(ip: string, look: () => Promise<LinkResolution>): Promise<LinkGrant> {
    await this.limiter.attempt(ip);
    const result = await look();
    if (!result.ok) throw new LinkFailedError(result.reason);
    await this.limiter.refund(ip);
    return result.grant;
  }
}
