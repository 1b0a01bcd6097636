import { Inject, Injectable } from '@nestjs/common';
import type { ApiErrorBody } from '@kohorte/contracts';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { hashToken } from '../auth/session-tokens';
import { normalizeEmail } from '../auth/user-mapper';
import { TooManyRequestsError, UnavailableError } from '../errors/domain-errors';
import { KOHORTE_CONFIG, type KohorteConfig } from '../config/kohorte-config';
import { REDIS } from '../redis/redis.module';

/** Tokens that did not work, allowed per address in LINK_WINDOW_SECONDS. */
export const LINK_FAILURES_PER_IP = 30;
export const LINK_WINDOW_SECONDS = 15 * 60;
/** "Send me a new link" requests per address and hour (answered 429 beyond). */
export const LINK_REQUESTS_PER_IP = 10;
/** New links mailed per email address and hour; beyond, the request is answered alike and ignored. */
export const LINK_REQUESTS_PER_EMAIL = 3;

/** 429 of a public link endpoint; the API turns `retryAfterSeconds` into `Retry-After`. */
export class LinkThrottledError extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    const body: ApiErrorBody = {
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many link attempts from your address; try again later',
    };
    super(body, retryAfterSeconds);
  }
}

function unavailable(): UnavailableError {
  return new UnavailableError('Links cannot be checked right now; try again shortly');
}

/**
 * Throttles token guessing and link requests, in Redis so that every API replica counts together.
 * A token attempt is counted before the lookup (atomic, so parallel guesses cannot slip through)
 * and a working token gives its point back: in effect only failures count, and a founder can save
 * the profile all afternoon. Fails closed (503) when Redis does not answer.
 */
@Injectable()
export class LinkLimiter {
  private readonly attempts: RateLimiterRedis;
  private readonly requestsByIp: RateLimiterRedis;
  private readonly requestsByEmail: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(KOHORTE_CONFIG) config: KohorteConfig) {
    const common = { storeClient: redis, rejectIfRedisNotReady: true };
    this.attempts = new RateLimiterRedis({
      ...common,
      keyPrefix: `${config.redisPrefix}:links:attempts`,
      points: LINK_FAILURES_PER_IP,
      duration: LINK_WINDOW_SECONDS,
    });
    this.requestsByIp = new RateLimiterRedis({
      ...common,
      keyPrefix: `${config.redisPrefix}:links:requests-ip`,
      points: LINK_REQUESTS_PER_IP,
      duration: 3600,
    });
    this.requestsByEmail = new RateLimiterRedis({
      ...common,
      keyPrefix: `${config.redisPrefix}:links:requests-email`,
      points: LINK_REQUESTS_PER_EMAIL,
      duration: 3600,
    });
  }

  /** Counts a token attempt from this address; 429 when it is over the limit. */
  async attempt(ip: string): Promise<void> {
    await throttle(() => this.attempts.consume(ip));
  }

  /** Gives back the attempt of a token that worked. */
  async refund(ip: string): Promise<void> {
    try {
      await this.attempts.reward(ip);
    } catch {
      // The link worked; a lost refund only makes the limit a little stricter for a while.
    }
  }

  /** Counts a "send me a new link" request from this address; 429 when over the limit. */
  async request(ip: string): Promise<void> {
    await throttle(() => this.requestsByIp.consume(ip));
  }

  /** Whether another link may be mailed to this address now (counted); false when over. */
  async mayMail(email: string): Promise<boolean> {
    try {
      // Hashed, so that Redis holds no email addresses.
      await this.requestsByEmail.consume(hashToken(normalizeEmail(email)));
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      throw unavailable();
    }
  }
}

async function throttle(consume: () => Promise<RateLimiterRes>): Promise<void> {
  try {
    await consume();
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw unavailable();
    throw new LinkThrottledError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
  }
}
