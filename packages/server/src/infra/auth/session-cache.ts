import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { KOHORTE_CONFIG, type KohorteConfig } from '../config/kohorte-config';
import { outsideRequest } from '../observability/request-context';
import type { ResolvedSession } from './sessions.service';

/** The channel the `sessions` and `users` triggers notify (migration SessionChangeNotices). */
export const SESSIONS_CHANGED_CHANNEL = 'kohorte_sessions_changed';

// A backstop only: every change reaches the cache as a notice long before this.
const KEEP_MS = 60_000;
// Bounds the memory that many signed-in browsers can take.
const MAX_KEPT = 10_000;
// How soon a lost listening connection is tried again; until then every lookup asks the database.
const RECONNECT_MS = 1000;

/** What `mark` hands out while the cache cannot be trusted: no read started then is kept. */
const UNTRUSTED = -1;

/**
 * Sessions resolved in the last minute, kept in this process so that a request costs no extra
 * round trip to find its session. Trusted only while a connection LISTENs on the channel that
 * PostgreSQL notifies, on commit, whenever a row of `sessions` or `users` is updated or deleted
 * (sign-out, expiry, a user disabled or given another role — by this replica, another one, or an
 * operator's SQL): each notice empties the cache, so a revocation holds on every replica as soon
 * as its notice arrives. While that connection is down nothing is kept and every lookup goes to
 * the database, as before. Started by the first lookup, so processes that serve no sessions (the
 * worker) never open it.
 */
@Injectable()
export class SessionCache implements OnModuleDestroy {
  private readonly logger = new Logger('SessionCache');
  private readonly kept = new Map<string, { session: ResolvedSession; until: number }>();
  /** Moves on every notice and every change of the connection: reads that straddle one are void. */
  private generation = 0;
  private listener: Client | null = null;
  private listening = false;
  private lastAttempt = 0;
  private closed = false;

  constructor(@Inject(KOHORTE_CONFIG) private readonly config: KohorteConfig) {}

  /** The kept session of a token hash, if the cache is trusted and holds a live one. */
  get(tokenHash: string): ResolvedSession | undefined {
    this.listen();
    if (!this.listening) return undefined;
    const entry = this.kept.get(tokenHash);
    if (entry === undefined) return undefined;
    const now = Date.now();
    if (entry.until > now && entry.session.expiresAt.getTime() > now) return entry.session;
    this.kept.delete(tokenHash);
    return undefined;
  }

  /** Taken before reading a session from the database; `keep` needs it back. */
  mark(): number {
    return this.listening ? this.generation : UNTRUSTED;
  }

  /** Keeps a session read since `mark`, unless a notice (or a lost connection) came in between. */
  keep(tokenHash: string, session: ResolvedSession, mark: number): void {
    if (mark === UNTRUSTED || mark !== this.generation || !this.listening) return;
    if (this.kept.size >= MAX_KEPT) this.kept.clear();
    this.kept.set(tokenHash, { session, until: Date.now() + KEEP_MS });
  }

  /** Drops everything: this process changed a session and must not wait for its own notice. */
  forget(): void {
    this.generation += 1;
    this.kept.clear();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    this.distrust();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  private listen(): void {
    if (this.listener || this.closed || Date.now() - this.lastAttempt < RECONNECT_MS) return;
    this.lastAttempt = Date.now();
    // Started by some request, but its events (and their log lines) belong to no request.
    outsideRequest(() => this.connect());
  }

  private connect(): void {
    const listener = new Client({ connectionString: this.config.databaseUrl });
    this.listener = listener;
    const lost = (reason: string) => {
      if (this.listener !== listener) return;
      const wasListening = this.listening;
      this.listener = null;
      this.distrust();
      // Once per loss, not once per retry while the database is away.
      if (wasListening && !this.closed) {
        this.logger.warn(`Not listening for session changes (${reason}): asking the database`);
      }
      void listener.end().catch(() => undefined);
    };
    listener.on('notification', () => this.forget());
    listener.on('error', (error: Error) => lost(error.message));
    listener.on('end', () => lost('connection ended'));
    listener
      .connect()
      .then(() => listener.query(`LISTEN ${SESSIONS_CHANGED_CHANNEL}`))
      .then(() => {
        if (this.listener !== listener) return;
        this.forget();
        this.listening = true;
      })
      .catch((error: unknown) => lost(error instanceof Error ? error.message : String(error)));
  }

  private distrust(): void {
    this.listening = false;
    this.forget();
  }
}
