import type { NestExpressApplication } from '@nestjs/platform-express';
import type { KohorteConfig } from '@kohorte/server/config';
import type { NextFunction, Request, Response } from 'express';
import helmet, { strictTransportSecurity } from 'helmet';

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * How the API reads a request's origin and which protective headers every answer carries.
 *
 * - Client address and scheme: X-Forwarded-For/-Proto count only from the proxies TRUST_PROXY
 *   names; by default nobody's, so `req.ip` (which sign-in and link rate limits count by) is the
 *   socket's address and no caller can spread guesses over invented ones.
 * - HSTS only where a browser will read it: on a request that arrived over https (`req.secure`,
 *   which believes a trusted proxy's X-Forwarded-Proto), or everywhere when PUBLIC_URL is https —
 *   then people reach the app only through TLS, and the proxy need not be trusted for it.
 * - The CSP's `upgrade-insecure-requests` likewise only with an https PUBLIC_URL.
 * - `Cache-Control: no-store` on every /api answer unless its handler sets another: nearly all of
 *   them carry personal data or a signed-in view, which no shared or browser cache may keep.
 */
export function applyHttpPolicy(app: NestExpressApplication, config: KohorteConfig): void {
  app.set('trust proxy', config.trustProxy.length > 0 ? config.trustProxy : false);
  const publicUrlIsHttps = new URL(config.publicUrl).protocol === 'https:';
  app.use(
    helmet({
      strictTransportSecurity: false,
      // Over plain http (HOST=0.0.0.0 on a LAN address) the browser would fetch every script
      // over https and find nothing there.
      contentSecurityPolicy: {
        directives: { upgradeInsecureRequests: publicUrlIsHttps ? [] : null },
      },
    }),
  );
  const hsts = strictTransportSecurity();
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (publicUrlIsHttps || req.secure) hsts(req, res, next);
    else next();
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isApiPath(req.path)) res.setHeader('Cache-Control', 'no-store');
    next();
  });
}
