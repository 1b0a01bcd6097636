/** While errors repeat, at most one line per emitter in this time. */
export const CONNECTION_ERROR_LOG_MS = 30_000;

/** A BullMQ queue or worker: both report their Redis connection's errors as 'error' events. */
interface ErrorEmitter {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Logs the errors of a queue's or worker's Redis connection as one warning, then at most one per
 * CONNECTION_ERROR_LOG_MS with how many were left out. While Redis is gone, ioredis reports every
 * reconnect attempt of every connection; without a listener BullMQ prints each one with its stack
 * to stderr, several a second, outside the JSON log. The outage itself is handled elsewhere (503s,
 * the job outbox); this only keeps the log readable.
 */
export function logConnectionErrors(
  emitter: ErrorEmitter,
  what: string,
  warn: (message: string) => void,
  now: () => number = Date.now,
): void {
  let loggedAt = -Infinity;
  let leftOut = 0;
  emitter.on('error', (error) => {
    const time = now();
    if (time - loggedAt < CONNECTION_ERROR_LOG_MS) {
      leftOut += 1;
      return;
    }
    const more = leftOut > 0 ? ` (${leftOut} more since the last line)` : '';
    warn(`${what}: ${error.message}${more}; BullMQ retries on its own`);
    loggedAt = time;
    leftOut = 0;
  });
}
