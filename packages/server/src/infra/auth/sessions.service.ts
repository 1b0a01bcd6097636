import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ApiErrorBody, User } from '@kohorte/contracts';
import { DataSource, type Repository } from 'typeorm';
import type { RowOf } from '../database/typed-query';
import { KOHORTE_CONFIG, type KohorteConfig } from '../config/kohorte-config';
import { deleteExpiredSessions, liveSessionByTokenHash } from './auth-queries';
import { hashPassword, verifyPassword } from './password';
import { SessionCache } from './session-cache';
import { SessionEntity } from './session.entity';
import { hashToken, isWellFormedToken, newToken } from './session-tokens';
import { SignInLimiter } from './sign-in-limiter';
import { UsersService } from './users.service';
import { toUser } from './user-mapper';
import { UnauthorizedError } from '../errors/domain-errors';

export interface SignInInput {
  email: string;
  password: string;
  /** Client address, for the rate limit and the session row. */
  ip: string;
  userAgent?: string | null;
  /** The session token the browser presented, if any: it is replaced (session rotation). */
  presentedToken?: string | null;
}

/** A new session: `token` goes into the session cookie, `csrfToken` into the XSRF-TOKEN cookie. */
export interface IssuedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: User;
}

/** The session behind a request's cookie. */
export interface ResolvedSession {
  user: User;
  csrfToken: string;
  expiresAt: Date;
}

type SessionRow = RowOf<typeof liveSessionByTokenHash.spec>;

const MAX_USER_AGENT_LENGTH = 512;
const EXPIRED_ROWS_PER_CLEANUP = 500;

function invalidCredentials(): UnauthorizedError {
  const body: ApiErrorBody = {
    statusCode: 401,
    error: 'Unauthorized',
    message: 'Email or password is incorrect',
  };
  return new UnauthorizedError(body);
}

/** Signing in and out, and finding the session behind a request. */
@Injectable()
export class SessionsService {
  private dummyHash?: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly users: UsersService,
    private readonly limiter: SignInLimiter,
    @Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig,
    private readonly cache: SessionCache,
  ) {}

  /**
   * Checks the password and opens a new session. Unknown email, wrong password and disabled
   * account all get the same 401 after the same argon2 work, so the answer reveals nothing.
   */
  async signIn(input: SignInInput): Promise<IssuedSession> {
    await this.limiter.consume(input.email, input.ip);
    let user: Awaited<ReturnType<UsersService['findEntityByEmail']>>;
    let passwordOk: boolean;
    try {
      user = await this.users.findEntityByEmail(input.email);
      passwordOk = await verifyPassword(
        user?.passwordHash ?? (await this.dummyPasswordHash()),
        input.password,
      );
    } catch (error) {
      // The database failed, not the person: an attempt during an outage must not lock them out.
      await this.limiter.refund(input.email, input.ip);
      throw error;
    }
    if (!user || !passwordOk || user.disabledAt) throw invalidCredentials();
    await this.limiter.refund(input.email, input.ip);

    const token = newToken();
    const session = this.sessions.create({
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken: newToken(),
      expiresAt: new Date(Date.now() + this.config.sessionTtlHours * 3600_000),
      ip: input.ip.slice(0, 64),
      userAgent: input.userAgent?.slice(0, MAX_USER_AGENT_LENGTH) ?? null,
    });
    await this.dataSource.transaction(async (manager) => {
      if (isWellFormedToken(input.presentedToken)) {
        await manager.delete(SessionEntity, { tokenHash: hashToken(input.presentedToken) });
      }
      await manager.insert(SessionEntity, session);
      // Sign-ins are rare and rate-limited: a good moment to sweep a bounded batch of dead rows.
      await deleteExpiredSessions.run(manager, [EXPIRED_ROWS_PER_CLEANUP]);
    });
    // The replaced session ends here at once; other replicas drop it on the database's notice.
    this.cache.forget();
    return {
      token,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
      user: toUser(user),
    };
  }

  /** Ends the session of this token; unknown tokens are ignored. */
  async signOut(token: string | null | undefined): Promise<void> {
    if (!isWellFormedToken(token)) return;
    await this.sessions.delete({ tokenHash: hashToken(token) });
    this.cache.forget();
  }

  /**
   * The live session of a token, or null (unknown, expired, or its user disabled). Runs on every
   * request: from the cache when it holds the session (see SessionCache: the database tells it of
   * every change), else one primary-key lookup with the user joined; no writes either way.
   */
  async resolve(token: string | null | undefined): Promise<ResolvedSession | null> {
    if (!isWellFormedToken(token)) return null;
    const tokenHash = hashToken(token);
    const cached = this.cache.get(tokenHash);
    if (cached) return cached;
    const mark = this.cache.mark();
    const rows = await liveSessionByTokenHash.all(this.dataSource, [tokenHash]);
    const row = rows[0];
    if (!row) return null;
    const session = this.toResolved(row);
    this.cache.keep(tokenHash, session, mark);
    return session;
  }

  private toResolved(row: SessionRow): ResolvedSession {
    return {
      user: {
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role,
        locale: row.locale,
        ...(row.format_locale ? { formatLocale: row.format_locale } : {}),
        createdAt: row.created_at.toISOString(),
      },
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
    };
  }

  // Verified against when the email is unknown, so that such attempts take as long as real ones.
  private dummyPasswordHash(): Promise<string> {
    this.dummyHash ??= hashPassword(newToken());
    return this.dummyHash;
  }
}
