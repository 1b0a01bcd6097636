import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { CSRF_COOKIE, CSRF_HEADER } from '@kohorte/contracts';
import { SIGN_IN_ATTEMPTS_PER_EMAIL_AND_IP, UsersService } from '@kohorte/server/auth';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/create-app';
import { setCookieValue, signedInAgent, TEST_PASSWORD, uniqueEmail } from './support/sign-in';
import { firstOf } from '@kohorte/server/testing';

/** An API built under these settings (the configuration is read when the app is created). */
async function appWith(settings: Record<string, string | undefined>): Promise<INestApplication> {
  const previous = Object.fromEntries(Object.keys(settings).map((key) => [key, process.env[key]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(settings);
  try {
    const app = await createApp();
    await app.init();
    return app;
  } finally {
    apply(previous);
  }
}

/** Signs a new user in with this X-Forwarded-For; the client address the session recorded. */
async function recordedAddress(app: INestApplication, forwardedFor: string): Promise<string> {
  const email = uniqueEmail('proxy');
  const user = await app
    .get(UsersService)
    .create({ email, name: 'Proxy Test', password: TEST_PASSWORD, role: 'viewer' });
  const agent = request.agent(app.getHttpServer());
  const csrf = setCookieValue(await agent.get('/api/v1/auth/session'), CSRF_COOKIE)!;
  await agent
    .post('/api/v1/auth/sign-in')
    .set(CSRF_HEADER, csrf)
    .set('X-Forwarded-For', forwardedFor)
    .send({ email, password: TEST_PASSWORD })
    .expect(200);
  const rows: { ip: string }[] = await app
    .get(DataSource)
    .query('SELECT ip FROM sessions WHERE user_id = $1', [user.id]);
  return firstOf(rows).ip;
}

/** Wrong passwords for one account, each claiming another client address; the statuses. */
async function spreadGuesses(app: INestApplication, count: number): Promise<number[]> {
  const agent = request.agent(app.getHttpServer());
  const csrf = setCookieValue(await agent.get('/api/v1/auth/session'), CSRF_COOKIE)!;
  const email = uniqueEmail('guessed');
  const statuses: number[] = [];
  for (let guess = 0; guess < count; guess += 1) {
    const res = await agent
      .post('/api/v1/auth/sign-in')
      .set(CSRF_HEADER, csrf)
      .set('X-Forwarded-For', `198.51.100.${guess + 1}`)
      .send({ email, password: `guess ${guess}` });
    statuses.push(res.status);
  }
  return statuses;
}

const LOOPBACK = /^(::ffff:)?127\.0\.0\.1$|^::1$/;

describe('client address behind a proxy (TRUST_PROXY)', () => {
  const apps: INestApplication[] = [];
  let trustingNobody: INestApplication;
  let trustingLoopback: INestApplication;
  let trustingAnotherProxy: INestApplication;

  beforeAll(async () => {
    trustingNobody = await appWith({ TRUST_PROXY: undefined });
    trustingLoopback = await appWith({ TRUST_PROXY: 'loopback' });
    trustingAnotherProxy = await appWith({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.1' });
    apps.push(trustingNobody, trustingLoopback, trustingAnotherProxy);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
  });

  it('ignores X-Forwarded-For by default: the address is the socket’s', async () => {
    expect(await recordedAddress(trustingNobody, '203.0.113.7')).toMatch(LOOPBACK);
  }, 30_000);

  it('ignores X-Forwarded-For from a caller that TRUST_PROXY does not name', async () => {
    expect(await recordedAddress(trustingAnotherProxy, '203.0.113.7')).toMatch(LOOPBACK);
  }, 30_000);

  it('takes the client address from X-Forwarded-For when TRUST_PROXY names the caller', async () => {
    expect(await recordedAddress(trustingLoopback, '203.0.113.7')).toBe('203.0.113.7');
  }, 30_000);

  it('counts invented addresses as one caller, so guesses cannot be spread over them', async () => {
    const statuses = await spreadGuesses(trustingNobody, SIGN_IN_ATTEMPTS_PER_EMAIL_AND_IP + 1);
    expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  }, 60_000);

  it('counts each forwarded address apart behind a named proxy', async () => {
    const statuses = await spreadGuesses(trustingLoopback, SIGN_IN_ATTEMPTS_PER_EMAIL_AND_IP + 1);
    expect(new Set(statuses)).toEqual(new Set([401]));
  }, 60_000);
});

describe('Strict-Transport-Security', () => {
  const HSTS = 'strict-transport-security';
  const apps: INestApplication[] = [];
  let local: INestApplication;
  let behindLocalProxy: INestApplication;
  let publicHttps: INestApplication;

  beforeAll(async () => {
    local = await appWith({ TRUST_PROXY: undefined, PUBLIC_URL: undefined });
    behindLocalProxy = await appWith({ TRUST_PROXY: 'loopback', PUBLIC_URL: undefined });
    publicHttps = await appWith({
      TRUST_PROXY: undefined,
      PUBLIC_URL: 'https://kohorte.example.org',
    });
    apps.push(local, behindLocalProxy, publicHttps);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
  });

  it('is not sent over plain http, nor when an untrusted caller claims https', async () => {
    const plain = await request(local.getHttpServer()).get('/api/health');
    expect(plain.headers[HSTS]).toBeUndefined();
    const claimed = await request(local.getHttpServer())
      .get('/api/health')
      .set('X-Forwarded-Proto', 'https');
    expect(claimed.headers[HSTS]).toBeUndefined();
  });

  it('is sent when a trusted proxy says the request came over https', async () => {
    const viaHttps = await request(behindLocalProxy.getHttpServer())
      .get('/api/health')
      .set('X-Forwarded-Proto', 'https');
    expect(viaHttps.headers[HSTS]).toMatch(/^max-age=\d+; includeSubDomains$/);
    const viaHttp = await request(behindLocalProxy.getHttpServer())
      .get('/api/health')
      .set('X-Forwarded-Proto', 'http');
    expect(viaHttp.headers[HSTS]).toBeUndefined();
  });

  it('is always sent when PUBLIC_URL is https (people reach the app only over TLS)', async () => {
    const res = await request(publicHttps.getHttpServer()).get('/api/health');
    expect(res.headers[HSTS]).toMatch(/^max-age=\d+; includeSubDomains$/);
  });

  it('comes with the CSP’s upgrade-insecure-requests, which plain http goes without', async () => {
    const csp = async (app: INestApplication) =>
      (await request(app.getHttpServer()).get('/api/health')).headers['content-security-policy'];
    expect(await csp(publicHttps)).toMatch(/(^|;)upgrade-insecure-requests(;|$)/);
    expect(await csp(local)).toMatch(/(^|;)default-src 'self'(;|$)/);
    expect(await csp(local)).not.toMatch(/upgrade-insecure-requests/);
  });
});

describe('Cache-Control of API answers', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await appWith({});
  }, 30_000);
  afterAll(async () => {
    await app.close();
  });

  it('is no-store on signed-in answers, errors and sign-in alike', async () => {
    const { agent, csrf } = await signedInAgent(app, 'viewer');
    const anonymous = request(app.getHttpServer());
    const answers: [string, Promise<request.Response>][] = [
      ['session', agent.get('/api/v1/auth/session').expect(200)],
      ['list', agent.get('/api/v1/startups').expect(200)],
      ['not found', agent.get('/api/v1/startups/00000000-0000-4000-8000-000000000000').expect(404)],
      ['unknown path', agent.get('/api/v1/nothing-here').expect(404)],
      ['refused write', agent.post('/api/v1/startups').set(CSRF_HEADER, csrf).send({}).expect(403)],
      ['anonymous', anonymous.get('/api/v1/startups').expect(401)],
      ['health', anonymous.get('/api/health').expect(200)],
    ];
    for (const [name, answer] of answers) {
      expect(`${name}: ${(await answer).headers['cache-control']}`).toBe(`${name}: no-store`);
    }
  }, 30_000);
});
