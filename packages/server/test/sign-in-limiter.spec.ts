import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/infra/config/kohorte-config';
import { UnavailableError } from '../src/infra/errors/domain-errors';
import {
  SIGN_IN_ATTEMPTS_PER_EMAIL_AND_IP,
  SIGN_IN_ATTEMPTS_PER_IP,
  SignInLimiter,
  SignInThrottledError,
} from '../src/infra/auth/sign-in-limiter';
import { newToken } from '../src/infra/auth/session-tokens';

const config = loadConfig();
const redis = new Redis(config.redisUrl, {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  lazyConnect: true,
});
const limiter = new SignInLimiter(redis, config);

// Every test has its own address, so that the per-address limit of one does not touch another.
const address = () => `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 256)).join('.')}`;
const email = () => `${newToken()}@example.org`;

async function throttled(attempt: Promise<void>): Promise<SignInThrottledError> {
  const error = await attempt.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SignInThrottledError);
  return error as SignInThrottledError;
}

describe('SignInLimiter (real Redis)', () => {
  beforeAll(async () => {
    await redis.connect();
  });
  afterAll(async () => {
    await redis.quit();
  });

  it('allows 10 attempts per email and address, then throttles with a retry time', async () => {
    const ip = address();
    const who = email();
    for (let i = 0; i < SIGN_IN_ATTEMPTS_PER_EMAIL_AND_IP; i++) await limiter.consume(who, ip);
    const error = await throttled(limiter.consume(who, ip));
    expect(error.response).toMatchObject({ statusCode: 429 });
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // The same email in another case is the same account; another email from there is not.
    await throttled(limiter.consume(who.toUpperCase(), ip));
    await limiter.consume(email(), ip);
  });

  it('allows 50 attempts per address over all emails', async () => {
    const ip = address();
    for (let i = 0; i < SIGN_IN_ATTEMPTS_PER_IP; i++) await limiter.consume(email(), ip);
    await throttled(limiter.consume(email(), ip));
  });

  it('gives the attempt of a successful sign-in back', async () => {
    const ip = address();
    const who = email();
    for (let i = 0; i < SIGN_IN_ATTEMPTS_PER_EMAIL_AND_IP * 2; i++) {
      await limiter.consume(who, ip);
      await limiter.refund(who, ip);
    }
    await limiter.consume(who, ip);
  });

  it('keeps its keys under the configured prefix, without the email in clear', async () => {
    const ip = address();
    const who = email();
    await limiter.consume(who, ip);
    const keys = await redis.keys(`${config.redisPrefix}:sign-in:*${ip}`);
    expect(keys).toHaveLength(2);
    expect(keys.join(' ')).not.toContain(who);
  });

  it('fails closed with 503 when Redis does not answer', async () => {
    // Nothing listens on port 1; the client gives up after the first try, as a dead server would.
    const down = new Redis('redis://127.0.0.1:1', {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: () => null,
    });
    down.on('error', () => undefined);
    await new Promise((resolve) => down.once('end', resolve));
    const offline = new SignInLimiter(down, config);
    await expect(offline.consume(email(), address())).rejects.toBeInstanceOf(UnavailableError);
    down.disconnect();
  });
});
