/**
 * Errors that say "the database (or Redis) cannot serve this now", not "this request is wrong":
 * a full pool, a server that is down or restarting, a statement or lock wait cut short by the
 * limits in `dataSourceOptions`. The API answers them with 503 and Retry-After; a retry later
 * can succeed, and nothing was written (every write is one transaction).
 */
export type UnavailableCause = 'pool' | 'database' | 'timeout' | 'redis' | 'network';

// SQLSTATEs: 08xxx connection exception; 53300 too_many_connections; 57P01–57P03 shutdown and
// start-up; 57014 query_canceled (statement_timeout); 55P03 lock_not_available (lock_timeout);
// 25P03 idle_in_transaction_session_timeout; 40001/40P01 serialization failure and deadlock.
const TIMEOUT_CODES = new Set(['57014', '55P03', '25P03', '40001', '40P01']);
const DOWN_CODES = new Set(['53300', '57P01', '57P02', '57P03']);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

function asErrorLike(value: unknown): ErrorLike | null {
  return typeof value === 'object' && value !== null ? (value as ErrorLike) : null;
}

function classify(error: ErrorLike): UnavailableCause | null {
  const message = typeof error.message === 'string' ? error.message : '';
  const code = typeof error.code === 'string' ? error.code : '';
  if (message === 'timeout exceeded when trying to connect') return 'pool';
  if (TIMEOUT_CODES.has(code)) return 'timeout';
  if (DOWN_CODES.has(code) || code.startsWith('08')) return 'database';
  if (
    /^Connection terminated/.test(message) ||
    message === 'Client has encountered a connection error and is not queryable'
  ) {
    return 'database';
  }
  // ioredis: a command refused while disconnected (offline queue off) or out of retries.
  if (
    error.name === 'MaxRetriesPerRequestError' ||
    message.includes("Stream isn't writeable") ||
    message === 'Connection is closed.'
  ) {
    return 'redis';
  }
  if (NETWORK_CODES.has(code)) return 'network';
  return null;
}

/** What made the service unavailable, or null when the error is something else (a bug, bad input). */
export function unavailableCause(error: unknown): UnavailableCause | null {
  // TypeORM wraps driver errors (QueryFailedError.driverError); look through wrappers and causes.
  for (let current = asErrorLike(error), depth = 0; current && depth < 5; depth += 1) {
    const cause = classify(current);
    if (cause) return cause;
    current = asErrorLike(current.driverError) ?? asErrorLike(current.cause);
  }
  return null;
}

/**
 * Whether the error is an outage (the database, its pool, Redis or the network is down) rather
 * than a limit this work ran into (a statement or lock timeout, a deadlock). Background work waits
 * out an outage however long it lasts; a limit it hit is likely to hit again, so it fails with
 * its reason on the record.
 */
export function isOutage(error: unknown): boolean {
  const cause = unavailableCause(error);
  return cause !== null && cause !== 'timeout';
}
