import { Inject, Injectable } from '@nestjs/common';
import type { ApiErrorBody } from '@kohorte/contracts';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { KOHORTE_CONFIG, type KohorteConfig } from '../config/kohorte-config';
import { TooManyRequestsError, UnavailableError } from '../errors/domain-errors';
import { REDIS } from '../redis/redis.module';
import { hashToken } from './session-tokens';
import { normalizeEmail } from './user-mapper';

const WINDOW_SECONDS = 15 * 60;
/** Failed attempts allowed per window for one email from one address. */
export const SIGN_IN_ATTEMPTS_PER_EMAIL_AND_IP = 10;
/** Failed attempts allowed per window from one address, whatever the email. */
export const SIGN_IN_ATTEMPTS_PER_IP = 50;

/** A throttled sign-in (429); the controller turns `retryAfterSeconds` into `Retry-After`. */
export class SignInThrottledError extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    const body: ApiErrorBody = {
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many sign-in attempts; try again later',
    };
    super(body, retryAfterSeconds);
  }
}

/**
 * Throttles password guessing, in Redis so that every API replica counts together. Each attempt is
 * counted before the password is checked (atomic, so parallel guesses cannot slip through) and a
 * successful sign-in gives its attempt back: in effect only failures count, and an office behind
 * one address can sign in all morning.
 */
@Injectable()
export class SignInLimiter {
  private readonly byEmailAndIp: RateLimiterRedis;
  private readonly byIp: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(KOHORTE_CONFIG) config: KohorteConfig) {
    const common = { storeClient: redis, duration: WINDOW_SECONDS, rejectIfRedisNotReady: true };
    this.byEmailAndIp = new RateLimiterRedis({
      ...common,
      keyPrefix: `${config.redisPrefix}:sign-in:email-ip`,
      points: SIGN_IN_ATTEMPTS_PER_EMAIL_AND_IP,
    });
    this.byIp = new RateLimiterRedis({
      ...common,
      keyPrefix: `${config.redisPrefix}:sign-in:ip`,
      points: SIGN_IN_ATTEMPTS_PER_IP,
    });
  }

  /** Counts an attempt; 429 when over either limit, 503 when Redis does not answer (fail closed). */
  async consume(email: string, ip: string): Promise<void> {
    const results = await Promise.allSettled([
      this.byEmailAndIp.consume(emailKey(email, ip)),
      this.byIp.consume(ip),
    ]);
    const rejections = results.flatMap((r) =>
      r.status === 'rejected' ? [r.reason as unknown] : [],
    );
    if (rejections.length === 0) return;
    if (rejections.some((reason) => !(reason instanceof RateLimiterRes))) {
      throw new UnavailableError('Sign-in is unavailable right now; try again shortly');
    }
    const waitMs = Math.max(...rejections.map((reason) => (reason as RateLimiterRes).msBeforeNext));
    throw new SignInThrottledError(Math.max(1, Math.ceil(waitMs / 1000)));
  }

  /** Gives back the attempt of a successful sign-in. */
  async refund(email: string, ip: string): Promise<void> {
    try {
      await Promise.all([this.byEmailAndIp.reward(emailKey(email, ip)), this.byIp.reward(ip)]);
    } catch {
      // The sign-in succeeded; a lost refund only makes the limit a little stricter for a while.
    }
  }
}

// The email is hashed so that Redis holds no personal data.
function emailKey(email: string, ip: string): string {
  return `${hashToken(normalizeEmail(email))}:${ip}`;
}
