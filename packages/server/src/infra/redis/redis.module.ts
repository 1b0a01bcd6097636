import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { KOHORTE_CONFIG, type KohorteConfig } from '../config/kohorte-config';

/** Injection token of the shared ioredis client (health checks, rate limits). */
export const REDIS = Symbol('REDIS');

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [KOHORTE_CONFIG],
      useFactory: (config: KohorteConfig) =>
        // Fail fast when Redis is down instead of queueing commands: the caller answers 503.
        new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
