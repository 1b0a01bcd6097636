import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { LinkTokens } from '@kohorte/server/links';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { firstOf } from '@kohorte/server/testing';

const SUBJECT = '00000000-0000-4000-8000-0000000000a1';

describe('link tokens', () => {
  let app: INestApplication;
  let db: DataSource;
  let tokens: LinkTokens;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    tokens = app.get(LinkTokens);
  });
  afterAll(async () => {
    await app.close();
  });

  function issue(singleUse: boolean, ttlSeconds = 3600, subjectId = SUBJECT) {
    return db.transaction((manager) =>
      tokens.issue(manager, {
        purpose: singleUse ? 'mentor-offer' : 'startup-profile',
        subjectType: singleUse ? 'mentor' : 'startup',
        subjectId,
        ttlSeconds,
        singleUse,
        extra: { matchId: 'm-1' },
      }),
    );
  }

  it('are 256 random bits in base64url, and only their SHA-256 hash is stored', async () => {
    const issued = await issue(true);
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(issued.token, 'base64url')).toHaveLength(32);
    const row = firstOf(
      (await db.query(`SELECT to_jsonb(t) AS row FROM link_tokens t WHERE id = $1`, [
        issued.id,
      ])) as { row: Record<string, unknown> }[],
    );
    expect(row.row.token_hash).toBe(createHash('sha256').update(issued.token).digest('hex'));
    expect(JSON.stringify(row.row)).not.toContain(issued.token);
    const second = await issue(true);
    expect(second.token).not.toBe(issued.token);
  });

  it('resolve to their one record and purpose; another purpose or a malformed token is unknown', async () => {
    const issued = await issue(true);
    const resolved = await tokens.resolve(issued.token, 'mentor-offer');
    expect(resolved).toEqual({
      ok: true,
      grant: {
        id: issued.id,
        purpose: 'mentor-offer',
        subjectType: 'mentor',
        subjectId: SUBJECT,
        extra: { matchId: 'm-1' },
        singleUse: true,
        uses: 0,
        expiresAt: issued.expiresAt,
      },
    });
    expect(await tokens.resolve(issued.token, 'investor-offer')).toEqual({
      ok: false,
      reason: 'unknown',
    });
    // One character changed (to one it is not, so the token really differs).
    const last = issued.token.slice(-1);
    const tampered = `${issued.token.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
    expect(await tokens.resolve(tampered, 'mentor-offer')).toMatchObject({
      ok: false,
      reason: 'unknown',
    });
    expect(await tokens.resolve("' OR 1=1 --", 'mentor-offer')).toEqual({
      ok: false,
      reason: 'unknown',
    });
  });

  it('a single-use token is spent by its first consume; the replay says used', async () => {
    const issued = await issue(true);
    const first = await db.transaction((m) => tokens.consume(m, issued.token, 'mentor-offer'));
    expect(first.ok).toBe(true);
    const replay = await db.transaction((m) => tokens.consume(m, issued.token, 'mentor-offer'));
    expect(replay).toEqual({ ok: false, reason: 'used' });
    expect(await tokens.resolve(issued.token, 'mentor-offer')).toEqual({
      ok: false,
      reason: 'used',
    });
  });

  it('a consume rolled back with its transaction leaves the token unspent', async () => {
    const issued = await issue(true);
    await expect(
      db.transaction(async (m) => {
        expect((await tokens.consume(m, issued.token, 'mentor-offer')).ok).toBe(true);
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect((await tokens.resolve(issued.token, 'mentor-offer')).ok).toBe(true);
  });

  it('of 20 parallel consumes of one single-use token exactly one wins', async () => {
    const issued = await issue(true);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction((m) => tokens.consume(m, issued.token, 'mentor-offer')),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(
      Array.from({ length: 19 }, () => ({ ok: false, reason: 'used' })),
    );
  });

  it('a multi-use token counts its uses until it expires', async () => {
    const issued = await issue(false);
    for (let i = 1; i <= 3; i++) {
      const used = await db.transaction((m) => tokens.consume(m, issued.token, 'startup-profile'));
      expect(used).toMatchObject({ ok: true, grant: { uses: i } });
    }
    await db.query(
      `UPDATE link_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [issued.id],
    );
    expect(await tokens.resolve(issued.token, 'startup-profile')).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(await db.transaction((m) => tokens.consume(m, issued.token, 'startup-profile'))).toEqual(
      { ok: false, reason: 'expired' },
    );
  });

  it('revoke ends the live links of a record that match, and only those', async () => {
    const subjectId = '00000000-0000-4000-8000-0000000000b2';
    const mine = await issue(false, 3600, subjectId);
    const other = await issue(false, 3600, '00000000-0000-4000-8000-0000000000b3');
    const revoked = await db.transaction((m) =>
      tokens.revoke(m, {
        purpose: 'startup-profile',
        subjectType: 'startup',
        subjectId,
        extraMatch: { matchId: 'm-1' },
      }),
    );
    expect(revoked).toBe(1);
    expect(await tokens.resolve(mine.token, 'startup-profile')).toEqual({
      ok: false,
      reason: 'revoked',
    });
    expect((await tokens.resolve(other.token, 'startup-profile')).ok).toBe(true);
  });

  it('refuses a link without a positive lifetime', async () => {
    await expect(issue(true, 0)).rejects.toThrow('ttlSeconds');
  });
});
