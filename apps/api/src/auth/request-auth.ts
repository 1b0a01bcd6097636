import type { ResolvedSession } from '@kohorte/server/auth';
import type { Request } from 'express';

/** A request after the session guard: `auth` is set when the cookie names a live session. */
export interface AuthRequest extends Request {
  auth?: ResolvedSession;
}
