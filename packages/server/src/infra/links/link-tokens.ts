import { Injectable } from '@nestjs/common';
import type { LinkFailure, LinkPurpose, SubjectType } from '@kohorte/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { hashToken, isWellFormedToken, newToken } from '../auth/session-tokens';
import { column, query, type RowOf, rowSpec } from '../database/typed-query';
import { revokeLinkById } from './link-queries';

export interface IssueLinkRequest {
  purpose: LinkPurpose;
  subjectType: SubjectType;
  /** The one record the link reaches. */
  subjectId: string;
  /** How long the link works, in seconds. */
  ttlSeconds: number;
  /** Spent by its first `consume` (offers); otherwise usable until it expires (profile sessions). */
  singleUse: boolean;
  extra?: Record<string, unknown>;
  /** The staff member who has it sent; null when the person asked for it themselves. */
  createdBy?: string | null;
}

/** What a working link grants. */
export interface LinkGrant {
  id: string;
  purpose: LinkPurpose;
  subjectType: SubjectType;
  subjectId: string;
  extra: Record<string, unknown>;
  singleUse: boolean;
  uses: number;
  expiresAt: Date;
}

export type LinkResolution = { ok: true; grant: LinkGrant } | { ok: false; reason: LinkFailure };

export interface IssuedLink {
  /** The secret that goes into the email; it is stored nowhere. */
  token: string;
  id: string;
  expiresAt: Date;
}

const GRANT_ROW = rowSpec({
  id: 'uuid',
  purpose: column('text').as<LinkPurpose>(),
  subjectType: column('text').as<SubjectType>(),
  subjectId: 'uuid',
  extra: column('jsonb').as<Record<string, unknown>>(),
  singleUse: 'bool',
  uses: 'int4',
  expiresAt: 'timestamptz',
  usedAt: 'timestamptz?',
  revokedAt: 'timestamptz?',
  expired: 'bool',
});

type GrantRow = RowOf<typeof GRANT_ROW>;

const GRANT_COLUMNS = `id, purpose, subject_type AS "subjectType", subject_id AS "subjectId", extra,
  single_use AS "singleUse", uses, expires_at AS "expiresAt", used_at AS "usedAt",
  revoked_at AS "revokedAt", expires_at <= now() AS expired`;

function toGrant(row: GrantRow): LinkGrant {
  return {
    id: row.id,
    purpose: row.purpose,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    extra: row.extra,
    singleUse: row.singleUse,
    uses: row.uses,
    expiresAt: row.expiresAt,
  };
}

const revokeTokens = query(
  `UPDATE link_tokens SET revoked_at = now()
WHERE purpose = $1 AND subject_type = $2 AND subject_id = $3 AND extra @> $4::jsonb
  AND revoked_at IS NULL AND used_at IS NULL AND expires_at > now()
  AND ($5::uuid IS NULL OR id <> $5::uuid)`,
  {},
);

const useToken = query(
  `UPDATE link_tokens
SET uses = uses + 1, used_at = CASE WHEN single_use THEN now() ELSE used_at END
WHERE token_hash = $1 AND purpose = $2 AND revoked_at IS NULL AND expires_at > now()
  AND (NOT single_use OR used_at IS NULL)
RETURNING ${GRANT_COLUMNS}`,
  GRANT_ROW,
);

const grantOfToken = query(
  `SELECT ${GRANT_COLUMNS} FROM link_tokens WHERE token_hash = $1`,
  GRANT_ROW,
);

const insertToken = query(
  `INSERT INTO link_tokens (token_hash, purpose, subject_type, subject_id, extra, single_use,
  expires_at, created_by)
VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7), $8)
RETURNING id, expires_at AS "expiresAt"`,
  { id: 'uuid', expiresAt: 'timestamptz' },
);

/**
 * Tokens of links sent by email: 32 random bytes (base64url) each, bound to one purpose and one
 * record; only their SHA-256 hash is stored, so a lookup hashes the presented token and finds it
 * by the unique index (no secret is ever compared in JavaScript). Every method that writes runs
 * in the caller's transaction.
 */
@Injectable()
export class LinkTokens {
  constructor(private readonly dataSource: DataSource) {}

  async issue(manager: EntityManager, request: IssueLinkRequest): Promise<IssuedLink> {
    if (!Number.isInteger(request.ttlSeconds) || request.ttlSeconds <= 0) {
      throw new Error(`A link's ttlSeconds must be a positive integer, got ${request.ttlSeconds}`);
    }
    const token = newToken();
    const row = await insertToken.one(manager, [
      hashToken(token),
      request.purpose,
      request.subjectType,
      request.subjectId,
      JSON.stringify(request.extra ?? {}),
      request.singleUse,
      request.ttlSeconds,
      request.createdBy ?? null,
    ]);
    return { token, id: row.id, expiresAt: row.expiresAt };
  }

  /**
   * What the token grants for this purpose, without changing anything (a GET of the link page).
   * A token of another purpose is `unknown`: it does not exist for this use.
   */
  async resolve(
    token: string,
    purpose: LinkPurpose,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LinkResolution> {
    if (!isWellFormedToken(token)) return { ok: false, reason: 'unknown' };
    const [row] = await grantOfToken.all(manager, [hashToken(token)]);
    if (!row || row.purpose !== purpose) return { ok: false, reason: 'unknown' };
    if (row.revokedAt) return { ok: false, reason: 'revoked' };
    if (row.singleUse && row.usedAt) return { ok: false, reason: 'used' };
    if (row.expired) return { ok: false, reason: 'expired' };
    return { ok: true, grant: toGrant(row) };
  }

  /**
   * Uses the link once: a single-use link is spent, a multi-use one counts the use. Conditional
   * UPDATE: of two consumes of a single-use link at one moment, the second finds `used_at` set
   * (it waited for the first's row lock) and gets `used`.
   */
  async consume(
    manager: EntityManager,
    token: string,
    purpose: LinkPurpose,
  ): Promise<LinkResolution> {
    if (!isWellFormedToken(token)) return { ok: false, reason: 'unknown' };
    const { rows } = await useToken.write(manager, [hashToken(token), purpose]);
    const [used] = rows;
    if (used) return { ok: true, grant: toGrant(used) };
    const why = await this.resolve(token, purpose, manager);
    // Only a revocation or expiry between the two statements gets here with a working link.
    return why.ok ? { ok: false, reason: 'used' } : why;
  }

  /**
   * Revokes the live links of a record for a purpose (those whose `extra` contains `extraMatch`,
   * when given), but the one `exceptId` names: a new link replaces the ones sent before.
   * Returns how many were revoked.
   */
  async revoke(
    manager: EntityManager,
    target: {
      purpose: LinkPurpose;
      subjectType: SubjectType;
      subjectId: string;
      extraMatch?: Record<string, unknown>;
      /** The new link, which stays live. */
      exceptId?: string;
    },
  ): Promise<number> {
    const count = await revokeTokens.run(manager, [
      target.purpose,
      target.subjectType,
      target.subjectId,
      JSON.stringify(target.extraMatch ?? {}),
      target.exceptId ?? null,
    ]);
    return count;
  }

  /** Revokes one link by its id (a link issued for a mail that then was not sent). */
  async revokeById(manager: EntityManager, id: string): Promise<void> {
    await revokeLinkById.run(manager, [id]);
  }
}
