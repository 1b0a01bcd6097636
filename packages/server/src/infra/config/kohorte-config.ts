import { listenHost, trustedProxies } from './network-settings';

/**
 * Every setting Kohorte reads from the environment, in one typed object. `.env.example` at the
 * repository root documents each variable.
 */
export interface KohorteConfig {
  databaseUrl: string;
  redisUrl: string;
  /** Prefix of every Redis key Kohorte writes (BullMQ queues, rate limits), so runs can share a server. */
  redisPrefix: string;
  port: number;
  /** Address the HTTP server listens on (HOST); 127.0.0.1 unless set. */
  host: string;
  /**
   * The proxies whose X-Forwarded-* headers are believed (TRUST_PROXY), as proxy-addr's list of
   * addresses, subnets and range names; empty: none, the socket's address counts.
   */
  trustProxy: string[];
  /** Base URL people reach the app at; links in emails are built from it, never from a request's Host. */
  publicUrl: string;
  /** Send cookies with `Secure`; on by default unless the public URL is plain-http localhost. */
  secureCookies: boolean;
  sessionTtlHours: number;
  /** Directory of the built web app that the API serves; empty to serve none. */
  webDist: string;
  /** Log SQL queries (development). */
  logSql: boolean;
  /** SMTP server mail is sent through (`smtp://user:pass@host:587`, `smtps://…`); null: the development mailbox. */
  smtpUrl: string | null;
  /** The From of every email (`Name <address>`). */
  mailFrom: string;
  /** The incubator's name in emails (subject lines, header, footer). */
  incubatorName: string;
  /** Days after an offer's email that an unanswered offer gets its one reminder. */
  offerReminderDays: number;
  /** Days after an offer's email that an unanswered offer expires (its link stops working). */
  offerExpiryDays: number;
  /** Limits of every database session of the API and the worker, so no request can stall the app. */
  database: DatabaseLimits;
  /** Apply pending migrations when the API or worker starts (MIGRATE_ON_START); off where a job runs them. */
  migrateOnStart: boolean;
  /** Where the process serves its Prometheus metrics; `port` null (METRICS_PORT unset): nowhere. */
  metrics: { port: number | null; host: string };
}

/** Milliseconds; PostgreSQL enforces all but `poolWaitMs`, which the connection pool does. */
export interface DatabaseLimits {
  /** Connections per process (API and worker each have their own pool). */
  poolSize: number;
  /** How long a request waits for a free pool connection before it answers 503. */
  poolWaitMs: number;
  /** `statement_timeout`: the longest a single statement may run. */
  statementTimeoutMs: number;
  /** `lock_timeout`: the longest a statement waits for a row or table lock. */
  lockTimeoutMs: number;
  /** `idle_in_transaction_session_timeout`: a transaction left idle this long is ended by the server. */
  idleInTransactionTimeoutMs: number;
}

function isLocalHttp(url: string): boolean {
  const parsed = new URL(url);
  return (
    parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)
  );
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

function smtpUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  const protocol = URL.canParse(raw) ? new URL(raw).protocol : '';
  if (protocol !== 'smtp:' && protocol !== 'smtps:') {
    throw new Error(
      `SMTP_URL must be an smtp:// or smtps:// URL, got "${raw.replace(/\/\/[^@/]*@/, '//…@')}"`,
    );
  }
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): KohorteConfig {
  const port = positiveInt('PORT', env.PORT, 3000);
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  const incubatorName = env.INCUBATOR_NAME?.trim() || 'Kohorte';
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set (npm start sets it to the embedded database)');
  }
  return {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL || 'redis://127.0.0.1:6379',
    redisPrefix: env.REDIS_PREFIX || 'kohorte',
    port,
    host: listenHost(env.HOST),
    trustProxy: trustedProxies(env.TRUST_PROXY),
    publicUrl,
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === 'true' : !isLocalHttp(publicUrl),
    sessionTtlHours: positiveInt('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 12),
    webDist: env.WEB_DIST ?? '',
    logSql: env.LOG_SQL === 'true',
    smtpUrl: smtpUrl(env.SMTP_URL),
    mailFrom:
      env.MAIL_FROM ||
      `"${incubatorName.replace(/["\\]/g, '')}" <no-reply@${new URL(publicUrl).hostname}>`,
    incubatorName,
    offerReminderDays: positiveInt('OFFER_REMINDER_DAYS', env.OFFER_REMINDER_DAYS, 4),
    offerExpiryDays: positiveInt('OFFER_EXPIRY_DAYS', env.OFFER_EXPIRY_DAYS, 14),
    database: {
      poolSize: positiveInt('DB_POOL_SIZE', env.DB_POOL_SIZE, 10),
      poolWaitMs: positiveInt('DB_POOL_WAIT_MS', env.DB_POOL_WAIT_MS, 5_000),
      statementTimeoutMs: positiveInt(
        'DB_STATEMENT_TIMEOUT_MS',
        env.DB_STATEMENT_TIMEOUT_MS,
        30_000,
      ),
      lockTimeoutMs: positiveInt('DB_LOCK_TIMEOUT_MS', env.DB_LOCK_TIMEOUT_MS, 10_000),
      idleInTransactionTimeoutMs: positiveInt(
        'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS',
        env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
        60_000,
      ),
    },
    migrateOnStart: env.MIGRATE_ON_START !== 'false',
    metrics: {
      port: env.METRICS_PORT ? positiveInt('METRICS_PORT', env.METRICS_PORT, 0) : null,
      host: env.HOST || '127.0.0.1',
    },
  };
}

/** Nest injection token of the loaded configuration. */
export const KOHORTE_CONFIG = Symbol('KOHORTE_CONFIG');
