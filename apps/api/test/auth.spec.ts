import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@kohorte/contracts';
import { hashToken, SIGN_IN_ATTEMPTS_PER_EMAIL_AND_IP, UsersService } from '@kohorte/server/auth';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import {
  setCookieLine,
  setCookieValue,
  signedInAgent,
  TEST_PASSWORD,
  uniqueEmail,
  write,
} from './support/sign-in';
import { firstOf } from '@kohorte/server/testing';

/** Attributes of a Set-Cookie line, lower-cased, without the name=value pair. */
function attributes(line: string | undefined): string[] {
  expect(line).toBeDefined();
  return line!
    .split(';')
    .slice(1)
    .map((part) => part.trim().toLowerCase());
}

const neutral401 = {
  statusCode: 401,
  error: 'Unauthorized',
  message: 'Email or password is incorrect',
};
const csrf403 = { statusCode: 403, error: 'Forbidden', message: 'CSRF token missing or invalid' };

describe('auth', () => {
  let app: INestApplication;
  let db: DataSource;
  let users: UsersService;

  beforeAll(async () => {
    app = await createApp();
    await app.init();
    db = app.get(DataSource);
    users = app.get(UsersService);
  });
  afterAll(async () => {
    await app.close();
  });

  /** A pre-session CSRF token and the agent that holds it as a cookie. */
  async function anonymousAgent() {
    const agent = request.agent(app.getHttpServer());
    const res = await agent.get('/api/v1/auth/session').expect(401);
    const csrf = setCookieValue(res, CSRF_COOKIE)!;
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    return { agent, csrf };
  }

  async function createUser(role: 'admin' | 'manager' | 'viewer' = 'manager') {
    const email = uniqueEmail(role);
    const user = await users.create({ email, name: 'Someone', password: TEST_PASSWORD, role });
    return { email, user };
  }

  /** Signs in through the API; the session token and CSRF token the response set. */
  async function signIn(agent: ReturnType<typeof request.agent>, csrf: string, email: string) {
    const res = await agent
      .post('/api/v1/auth/sign-in')
      .set(CSRF_HEADER, csrf)
      .send({ email, password: TEST_PASSWORD })
      .expect(200);
    return { token: setCookieValue(res, SESSION_COOKIE)!, csrf: setCookieValue(res, CSRF_COOKIE)! };
  }

  describe('POST /api/v1/auth/sign-in', () => {
    it('answers the session info and sets the session and CSRF cookies', async () => {
      const { email, user } = await createUser();
      const { agent, csrf } = await anonymousAgent();
      const res = await agent
        .post('/api/v1/auth/sign-in')
        .set(CSRF_HEADER, csrf)
        .send({ email: `  ${email.toUpperCase()} `, password: TEST_PASSWORD })
        .expect(200);
      expect(res.body).toEqual({ user });
      expect(JSON.stringify(res.body)).not.toContain('password');

      const session = attributes(setCookieLine(res, SESSION_COOKIE));
      expect(session).toEqual(
        expect.arrayContaining(['httponly', 'samesite=lax', 'path=/', `max-age=${12 * 3600}`]),
      );
      expect(session).not.toContain('secure');
      const xsrf = attributes(setCookieLine(res, CSRF_COOKIE));
      expect(xsrf).toEqual(expect.arrayContaining(['samesite=lax', 'path=/']));
      expect(xsrf).not.toContain('httponly');
      expect(xsrf).not.toContain('secure');

      // The database keeps only the hash of the session token, and the CSRF token of the cookie.
      const token = setCookieValue(res, SESSION_COOKIE)!;
      const rows = await db.query<{ token_hash: string; csrf_token: string }[]>(
        'SELECT token_hash, csrf_token FROM sessions WHERE user_id = $1',
        [user.id],
      );
      expect(rows).toEqual([
        { token_hash: hashToken(token), csrf_token: setCookieValue(res, CSRF_COOKIE) },
      ]);
      expect(setCookieValue(res, CSRF_COOKIE)).not.toBe(csrf);

      await agent.get('/api/v1/auth/session').expect(200, { user });
    });

    it('answers 401 with the same body for a wrong password and an unknown email', async () => {
      const { email } = await createUser();
      const { agent, csrf } = await anonymousAgent();
      const wrongPassword = await agent
        .post('/api/v1/auth/sign-in')
        .set(CSRF_HEADER, csrf)
        .send({ email, password: 'not the password at all' })
        .expect(401);
      const unknownEmail = await agent
        .post('/api/v1/auth/sign-in')
        .set(CSRF_HEADER, csrf)
        .send({ email: uniqueEmail('nobody'), password: TEST_PASSWORD })
        .expect(401);
      expect(wrongPassword.body).toEqual(neutral401);
      expect(unknownEmail.body).toEqual(neutral401);
      expect(setCookieLine(wrongPassword, SESSION_COOKIE)).toBeUndefined();
    });

    it('rotates the session: a second sign-in replaces the session the browser presented', async () => {
      const { email, user } = await createUser('viewer');
      const anonymous = await anonymousAgent();
      const first = await signIn(anonymous.agent, anonymous.csrf, email);
      const second = await signIn(anonymous.agent, first.csrf, email);
      expect(second.token).not.toBe(first.token);
      expect(second.csrf).not.toBe(first.csrf);

      await request(app.getHttpServer())
        .get('/api/v1/auth/session')
        .set('Cookie', `${SESSION_COOKIE}=${first.token}`)
        .expect(401);
      await request(app.getHttpServer())
        .get('/api/v1/auth/session')
        .set('Cookie', `${SESSION_COOKIE}=${second.token}`)
        .expect(200, { user });
      const { count } = firstOf(
        await db.query<{ count: string }[]>('SELECT count(*) FROM sessions WHERE user_id = $1', [
          user.id,
        ]),
      );
      expect(count).toBe('1');
    });

    it('refuses a disabled user, and stops the sessions the user already has', async () => {
      const { agent, csrf, user } = await signedInAgent(app, 'manager');
      await db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [user.id]);
      await agent.get('/api/v1/auth/session').expect(401);
      const res = await agent
        .post('/api/v1/auth/sign-in')
        .set(CSRF_HEADER, csrf)
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(401);
      expect(res.body).toEqual(neutral401);
    });

    it('marks both cookies Secure when SECURE_COOKIES=true', async () => {
      process.env.SECURE_COOKIES = 'true';
      const secureApp = await createApp();
      await secureApp.init();
      try {
        const { email } = await createUser();
        const anonymous = await request(secureApp.getHttpServer())
          .get('/api/v1/auth/session')
          .expect(401);
        expect(attributes(setCookieLine(anonymous, CSRF_COOKIE))).toContain('secure');
        const csrf = setCookieValue(anonymous, CSRF_COOKIE)!;
        const res = await request(secureApp.getHttpServer())
          .post('/api/v1/auth/sign-in')
          .set('Cookie', `${CSRF_COOKIE}=${csrf}`)
          .set(CSRF_HEADER, csrf)
          .send({ email, password: TEST_PASSWORD })
          .expect(200);
        expect(attributes(setCookieLine(res, SESSION_COOKIE))).toEqual(
          expect.arrayContaining(['secure', 'httponly', 'samesite=lax']),
        );
        expect(attributes(setCookieLine(res, CSRF_COOKIE))).toEqual(
          expect.arrayContaining(['secure', 'samesite=lax']),
        );
      } finally {
        delete process.env.SECURE_COOKIES;
        await secureApp.close();
      }
    });

    it('answers 400 naming the fields when the body is malformed', async () => {
      const { agent, csrf } = await anonymousAgent();
      const res = await agent
        .post('/api/v1/auth/sign-in')
        .set(CSRF_HEADER, csrf)
        .send({ email: 'not-an-email', remember: true })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'email',
        'password',
        'remember',
      ]);
    });
  });

  describe('POST /api/v1/auth/sign-out', () => {
    it('answers 204, clears both cookies and ends the session', async () => {
      const { email, user } = await createUser('viewer');
      const { agent, csrf } = await anonymousAgent();
      const session = await signIn(agent, csrf, email);

      const res = await write(agent, session.csrf).post('/api/v1/auth/sign-out').expect(204);
      for (const name of [SESSION_COOKIE, CSRF_COOKIE]) {
        expect(setCookieValue(res, name)).toBe('');
        expect(attributes(setCookieLine(res, name))).toContain(
          'expires=thu, 01 jan 1970 00:00:00 gmt',
        );
      }
      await request(app.getHttpServer())
        .get('/api/v1/auth/session')
        .set('Cookie', `${SESSION_COOKIE}=${session.token}`)
        .expect(401);
      const rows = await db.query<unknown[]>('SELECT 1 FROM sessions WHERE user_id = $1', [
        user.id,
      ]);
      expect(rows).toHaveLength(0);
    });

    it('needs a session', async () => {
      const { agent, csrf } = await anonymousAgent();
      await agent.post('/api/v1/auth/sign-out').set(CSRF_HEADER, csrf).expect(401);
    });
  });

  describe('sessions', () => {
    it('an expired session gets 401', async () => {
      const { agent, user } = await signedInAgent(app, 'admin');
      await db.query(
        `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [user.id],
      );
      const res = await agent.get('/api/v1/users').expect(401);
      expect(res.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Sign in to continue',
      });
      await agent.get('/api/v1/auth/session').expect(401);
    });

    it('a sign-in sweeps expired sessions away', async () => {
      const expired = await signedInAgent(app, 'viewer');
      await db.query(
        `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [expired.user.id],
      );
      await signedInAgent(app, 'viewer');
      const rows = await db.query<unknown[]>('SELECT 1 FROM sessions WHERE user_id = $1', [
        expired.user.id,
      ]);
      expect(rows).toHaveLength(0);
    });

    it('a forged or malformed session cookie gets 401', async () => {
      for (const value of ['x'.repeat(43), 'short', "'; DROP TABLE sessions; --"]) {
        await request(app.getHttpServer())
          .get('/api/v1/users')
          .set('Cookie', `${SESSION_COOKIE}=${encodeURIComponent(value)}`)
          .expect(401);
      }
    });

    it('anonymous requests to protected routes get 401; /api/health stays open', async () => {
      const res = await request(app.getHttpServer()).get('/api/v1/users').expect(401);
      expect(res.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Sign in to continue',
      });
      await request(app.getHttpServer()).get('/api/health').expect(200);
    });

    it('GET /api/v1/auth/session hands a signed-in browser its CSRF cookie back if it lost it', async () => {
      const { email } = await createUser('viewer');
      const { agent, csrf } = await anonymousAgent();
      const session = await signIn(agent, csrf, email);
      const same = await agent.get('/api/v1/auth/session').expect(200);
      expect(setCookieLine(same, CSRF_COOKIE)).toBeUndefined();
      const lost = await request(app.getHttpServer())
        .get('/api/v1/auth/session')
        .set('Cookie', `${SESSION_COOKIE}=${session.token}`)
        .expect(200);
      expect(setCookieValue(lost, CSRF_COOKIE)).toBe(session.csrf);
    });
  });

  describe('CSRF', () => {
    it('refuses a write without the header, or with a wrong one, and lets the right one through', async () => {
      const { agent, csrf } = await signedInAgent(app, 'admin');
      const body = {
        email: uniqueEmail('csrf'),
        name: 'CSRF',
        password: TEST_PASSWORD,
        role: 'viewer',
      };
      const missing = await agent.post('/api/v1/users').send(body).expect(403);
      expect(missing.body).toEqual(csrf403);
      const wrong = await agent
        .post('/api/v1/users')
        .set(CSRF_HEADER, `${csrf.slice(1)}x`)
        .send(body)
        .expect(403);
      expect(wrong.body).toEqual(csrf403);
      await write(agent, csrf).post('/api/v1/users').send(body).expect(201);
    });

    it("does not accept another session's token", async () => {
      const admin = await signedInAgent(app, 'admin');
      const other = await signedInAgent(app, 'admin');
      const body = {
        email: uniqueEmail('csrf'),
        name: 'CSRF',
        password: TEST_PASSWORD,
        role: 'viewer',
      };
      await write(admin.agent, other.csrf).post('/api/v1/users').send(body).expect(403);
    });

    it('sign-in needs the header to match the XSRF-TOKEN cookie (double submit)', async () => {
      const { email } = await createUser();
      const { agent, csrf } = await anonymousAgent();
      const credentials = { email, password: TEST_PASSWORD };
      await agent.post('/api/v1/auth/sign-in').send(credentials).expect(403, csrf403);
      await agent
        .post('/api/v1/auth/sign-in')
        .set(CSRF_HEADER, 'forged-token')
        .send(credentials)
        .expect(403);
      // A header without the cookie is what a cross-site form cannot do, and is refused too.
      await request(app.getHttpServer())
        .post('/api/v1/auth/sign-in')
        .set(CSRF_HEADER, csrf)
        .send(credentials)
        .expect(403);
      await agent.post('/api/v1/auth/sign-in').set(CSRF_HEADER, csrf).send(credentials).expect(200);
    });
  });

  describe('roles', () => {
    const newUser = () => ({
      email: uniqueEmail('role'),
      name: 'New',
      password: TEST_PASSWORD,
      role: 'viewer',
    });

    it('only admins create users', async () => {
      const viewer = await signedInAgent(app, 'viewer');
      const manager = await signedInAgent(app, 'manager');
      const admin = await signedInAgent(app, 'admin');
      const denied = await write(viewer.agent, viewer.csrf)
        .post('/api/v1/users')
        .send(newUser())
        .expect(403);
      expect(denied.body).toEqual({
        statusCode: 403,
        error: 'Forbidden',
        message: 'Your role does not allow this',
      });
      await write(manager.agent, manager.csrf).post('/api/v1/users').send(newUser()).expect(403);
      await write(admin.agent, admin.csrf).post('/api/v1/users').send(newUser()).expect(201);
    });

    it('a viewer reads general routes and signs out, but cannot list users', async () => {
      const viewer = await signedInAgent(app, 'viewer');
      await viewer.agent.get('/api/v1/auth/session').expect(200, { user: viewer.user });
      await viewer.agent.get('/api/v1/users').expect(403);
      await write(viewer.agent, viewer.csrf).post('/api/v1/auth/sign-out').expect(204);
    });
  });

  describe('rate limit', () => {
    it('answers 429 with Retry-After from the 11th bad attempt for one email, even with the right password', async () => {
      const { email } = await createUser();
      const { agent, csrf } = await anonymousAgent();
      const attempt = (password: string) =>
        agent.post('/api/v1/auth/sign-in').set(CSRF_HEADER, csrf).send({ email, password });
      for (let i = 0; i < SIGN_IN_ATTEMPTS_PER_EMAIL_AND_IP; i++) {
        await attempt('wrong password!').expect(401);
      }
      const throttled = await attempt('wrong password!').expect(429);
      expect(throttled.body).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'Too many sign-in attempts; try again later',
      });
      const retryAfter = Number(throttled.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      await attempt(TEST_PASSWORD).expect(429);
    });

    it('does not count successful sign-ins', async () => {
      const { email } = await createUser();
      const anonymous = await anonymousAgent();
      let csrf = anonymous.csrf;
      for (let i = 0; i < SIGN_IN_ATTEMPTS_PER_EMAIL_AND_IP + 2; i++) {
        // Each sign-in opens a new session with a new CSRF token.
        csrf = (await signIn(anonymous.agent, csrf, email)).csrf;
      }
      await anonymous.agent
        .post('/api/v1/auth/sign-in')
        .set(CSRF_HEADER, csrf)
        .send({ email, password: 'wrong password!' })
        .expect(401);
    });
  });
});
