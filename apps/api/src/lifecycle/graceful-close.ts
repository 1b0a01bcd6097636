import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Readiness } from '../health/readiness';

/** How long in-flight requests (a large CSV export) may take to finish after SIGTERM. */
export const DEFAULT_GRACE_MS = 25_000;
const IDLE_SWEEP_MS = 100;

const draining = new WeakSet<object>();

/**
 * Marks every answer given while the app drains with `Connection: close`, so that a keep-alive
 * client opens its next request elsewhere (another replica) instead of on a closing socket.
 */
export function drainAware(app: NestFastifyApplication): void {
  const server = app.getHttpServer() as object;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      if (draining.has(server)) reply.header('Connection', 'close');
      done();
    });
}

/**
 * How long the API keeps taking new connections after SIGTERM, while it reports not-ready
 * (`SHUTDOWN_DELAY_MS`, default 0). A load balancer notices the readiness change only at its next
 * probe; a connection it sends meanwhile to a closed listener is reset before any answer (seen
 * under load as ECONNRESET), so the listener stays open until the balancer has looked away.
 */
export function shutdownDelayMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SHUTDOWN_DELAY_MS;
  if (raw === undefined || raw === '') return 0;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`SHUTDOWN_DELAY_MS must be a whole number of milliseconds, got "${raw}"`);
  }
  return value;
}

/**
 * Reports not-ready, keeps serving for `delayMs` (see `shutdownDelayMs`), then stops taking
 * connections, lets the requests in flight finish (at most `graceMs`), then closes the app and
 * its pools. Nest's own close would release the database while requests still use it: on
 * SIGTERM under load, exports and lists were cut mid-answer.
 */
export async function closeGracefully(
  app: INestApplication,
  graceMs = DEFAULT_GRACE_MS,
  delayMs = 0,
): Promise<void> {
  const server = app.getHttpServer() as Server;
  // Not ready from now on: a load balancer's probe takes the replica out of rotation.
  app.get(Readiness, { strict: false }).markShuttingDown();
  if (server.listening) {
    draining.add(server);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    await new Promise<void>((resolve) => {
      // Idle keep-alive sockets would hold close() open; sweep them until the last one is gone.
      const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
      const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
      server.close(() => {
        clearInterval(sweep);
        clearTimeout(deadline);
        resolve();
      });
      server.closeIdleConnections();
    });
  }
  await app.close();
}
