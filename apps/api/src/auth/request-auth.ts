import type { ResolvedSession } from '@kohorte/server/auth';
import type { FastifyRequest } from 'fastify';

/** A request after the session guard: `auth` is set when the cookie names a live session. */
export interface AuthRequest extends FastifyRequest {
  auth?: ResolvedSession;
}
