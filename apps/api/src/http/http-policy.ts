import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { KohorteConfig } from '@kohorte/server/config';
import helmet from 'helmet';
import { isApiPath } from './api-path';

/** helmet's own value: a year, subdomains included. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Which protective headers every answer carries. The client's address and scheme count
 * X-Forwarded-For/-Proto only from the proxies TRUST_PROXY names (the adapter's `trustProxy`, see
 * create-app.ts); by default nobody's, so `request.ip` (which sign-in and link rate limits count
 * by) is the socket's address and no caller can spread guesses over invented ones.
 *
 * - HSTS only where a browser will read it: on a request that arrived over https
 *   (`request.protocol`, which believes a trusted proxy's X-Forwarded-Proto), or everywhere when
 *   PUBLIC_URL is https — then people reach the app only through TLS, and the proxy need not be
 *   trusted for it.
 * - The CSP's `upgrade-insecure-requests` likewise only with an https PUBLIC_URL.
 * - `Cache-Control: no-store` on every /api answer unless its handler sets another: nearly all of
 *   them carry personal data or a signed-in view, which no shared or browser cache may keep.
 */
export function applyHttpPolicy(app: NestFastifyApplication, config: KohorteConfig): void {
  const publicUrlIsHttps = new URL(config.publicUrl).protocol === 'https:';
  // Made once: @fastify/helmet builds helmet anew for every request, which parsed the CSP each
  // time.
  const protect = helmet({
    strictTransportSecurity: false,
    // Over plain http (HOST=0.0.0.0 on a LAN address) the browser would fetch every script
    // over https and find nothing there.
    contentSecurityPolicy: {
      directives: { upgradeInsecureRequests: publicUrlIsHttps ? [] : null },
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      if (publicUrlIsHttps || request.protocol === 'https') {
        reply.header('Strict-Transport-Security', HSTS);
      }
      if (isApiPath(request.url)) reply.header('Cache-Control', 'no-store');
      protect(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
    });
}
