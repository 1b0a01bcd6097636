import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { CSRF_COOKIE, CSRF_HEADER, type Role, type User } from '@kohorte/contracts';
import { UsersService } from '@kohorte/server/auth';
import request, { type Response } from 'supertest';
import { firstOf } from '@kohorte/server/testing';

/** The password of every user that `signedInAgent` creates. */
export const TEST_PASSWORD = 'correct horse battery staple';

type Agent = ReturnType<typeof request.agent>;

/** A signed-in browser: the agent keeps the cookies; send `csrf` as X-XSRF-TOKEN on writes. */
export interface TestAgent {
  agent: Agent;
  csrf: string;
  user: User;
}

/** The whole Set-Cookie line a response sends for a cookie (value and attributes), or undefined. */
export function setCookieLine(res: Response, name: string): string | undefined {
  const header = res.headers['set-cookie'] as string[] | string | undefined;
  const lines = Array.isArray(header) ? header : header ? [header] : [];
  return lines.find((line) => line.startsWith(`${name}=`));
}

/** The value a response sets for a cookie, or undefined. */
export function setCookieValue(res: Response, name: string): string | undefined {
  const line = setCookieLine(res, name);
  return line === undefined
    ? undefined
    : decodeURIComponent(firstOf(line.slice(name.length + 1).split(';')));
}

/** A unique email address, so that tests never collide on the unique index or the rate limit. */
export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomBytes(6).toString('hex')}@test.kohorte.dev`;
}

/**
 * Creates a user with this role and signs in through the API, as a browser would: GET the
 * session (pre-session CSRF cookie), then POST sign-in with that token in the header.
 */
export async function signedInAgent(app: INestApplication, role: Role): Promise<TestAgent> {
  const email = uniqueEmail(role);
  const user = await app.get(UsersService).create({
    email,
    name: `Test ${role}`,
    password: TEST_PASSWORD,
    role,
    locale: 'en',
  });
  const agent = request.agent(app.getHttpServer());
  const anonymous = await agent.get('/api/v1/auth/session').expect(401);
  const preSession = setCookieValue(anonymous, CSRF_COOKIE);
  if (!preSession) throw new Error('GET /api/v1/auth/session set no CSRF cookie');
  const signedIn = await agent
    .post('/api/v1/auth/sign-in')
    .set(CSRF_HEADER, preSession)
    .send({ email, password: TEST_PASSWORD })
    .expect(200);
  const csrf = setCookieValue(signedIn, CSRF_COOKIE);
  if (!csrf) throw new Error('sign-in set no CSRF cookie');
  return { agent, csrf, user };
}

/** Write requests that carry the CSRF header: `write(agent, csrf).post('/api/v1/…').send(…)`. */
export function write(agent: Agent, csrf: string) {
  return {
    post: (url: string) => agent.post(url).set(CSRF_HEADER, csrf),
    put: (url: string) => agent.put(url).set(CSRF_HEADER, csrf),
    patch: (url: string) => agent.patch(url).set(CSRF_HEADER, csrf),
    delete: (url: string) => agent.delete(url).set(CSRF_HEADER, csrf),
  };
}

/**
 * A browser that nobody signed in to, as a founder, mentor or investor opening an email's link:
 * the agent keeps the CSRF cookie that every page load receives; send `csrf` on POSTs.
 */
export async function anonymousBrowser(
  app: INestApplication,
): Promise<{ agent: Agent; csrf: string }> {
  const agent = request.agent(app.getHttpServer());
  const session = await agent.get('/api/v1/auth/session').expect(401);
  return { agent, csrf: setCookieValue(session, CSRF_COOKIE)! };
}
